package io.handoff.events.scheduling;

import java.util.List;
import java.util.UUID;

/**
 * Data of event-type.saved.v1: an event type as it now is, after its creation or any change, so that other
 * services can check a booking before asking for it. kind is STRATEGY or DISCOVERY, assignment ROUND_ROBIN or
 * SPECIFIC; bookingWindowDays is how far ahead it can be booked (starts before now plus that many days).
 * Event types are never deleted: one that can no longer be booked is announced with active false.
 */
public record EventTypeSaved(UUID eventTypeId, String name, String kind, int durationMinutes, String assignment,
                             List<UUID> hostIds, int bookingWindowDays, boolean requiresApprovedDiscovery,
                             boolean active) {
}
