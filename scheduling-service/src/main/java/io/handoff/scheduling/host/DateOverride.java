package io.handoff.scheduling.host;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The hours of one date replacing the weekday's: other hours, extra hours, or none (a day off). */
public record DateOverride(@NotNull LocalDate date,
                           @NotNull @Size(max = 12) List<@Valid @NotNull TimeInterval> intervals) {
}
