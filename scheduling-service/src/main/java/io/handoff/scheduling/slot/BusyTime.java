package io.handoff.scheduling.slot;

import java.time.Instant;
import java.util.UUID;

/** A live call of a host: the range it blocks (the call plus buffers) and when it starts. */
public record BusyTime(UUID callId, UUID hostId, Instant blockedFrom, Instant blockedTo, Instant startAt) {
}
