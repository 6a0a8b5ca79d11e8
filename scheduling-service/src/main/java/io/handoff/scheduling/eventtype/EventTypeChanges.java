package io.handoff.scheduling.eventtype;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A PATCH of an event type: only the fields sent change. */
public record EventTypeChanges(
        @Size(max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Min(1) @Max(NewEventType.MAX_BOOKING_WINDOW_DAYS) Integer bookingWindowDays,
        Boolean requiresApprovedDiscovery) {
}
