package io.handoff.scheduling.eventtype;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A host of an event type and their share of round-robin bookings relative to the other hosts. */
public record HostWeight(@NotNull UUID userId, @Min(1) @Max(100) Integer weight) {

    public int weightOrDefault() {
        return weight == null ? 1 : weight;
    }
}
