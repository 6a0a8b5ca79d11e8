package io.handoff.contacts.approval;

import io.handoff.platform.validation.CalendarInstant;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/** The strategy call an approval books: the event type, a chosen closer (absent: round robin) and a start. */
public record BookingDetails(@NotNull UUID eventTypeId, UUID hostId, @NotNull @CalendarInstant Instant start) {
}
