package io.handoff.scheduling.call;

import java.time.Instant;
import java.util.UUID;

/** A host's live bookings in one event type and when the last was made. */
public record HostTally(UUID hostId, long bookings, Instant lastBookedAt) {
}
