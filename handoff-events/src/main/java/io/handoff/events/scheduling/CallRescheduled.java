package io.handoff.events.scheduling;

import io.handoff.events.Actor;

import java.time.Instant;
import java.util.UUID;

/** Data of call.rescheduled.v1: the call's new time and host, and the ones it had. */
public record CallRescheduled(UUID callId, UUID contactId, UUID hostId, Instant start, Instant end,
                              UUID previousHostId, Instant previousStart, Instant previousEnd, Actor actor,
                              String reason) {
}
