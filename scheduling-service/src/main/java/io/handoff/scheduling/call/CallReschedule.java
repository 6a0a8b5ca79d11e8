package io.handoff.scheduling.call;

import io.handoff.platform.validation.CalendarInstant;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** Moves a call: a new start, optionally another host of its event type, and why. */
public record CallReschedule(@NotNull @CalendarInstant Instant start, UUID hostId, @Size(max = 1000) String reason) {
}
