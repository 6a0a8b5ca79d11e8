package io.handoff.events.scheduling;

import io.handoff.events.Actor;

import java.util.UUID;

/** Data of call.cancelled.v1; cancelledBy is CONTACT or ADMIN. */
public record CallCancelled(UUID callId, UUID contactId, String cancelledBy, Actor actor, String reason) {
}
