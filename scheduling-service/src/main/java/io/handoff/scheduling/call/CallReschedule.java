package io.handoff.scheduling.call;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** Moves a call: a new start, optionally another host of its event type, and why. */
public record CallReschedule(@NotNull Instant start, UUID hostId, @Size(max = 1000) String reason) {
}
