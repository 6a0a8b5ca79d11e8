package io.handoff.scheduling.slot;

import java.time.Instant;
import java.util.UUID;

/** A host's record in one event type: weight, live bookings, and when they were last booked (null = never). */
public record HostStanding(UUID hostId, int weight, long bookings, Instant lastBookedAt) {
}
