package io.handoff.scheduling.eventtype;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** An event type as an admin or manager defines it; bookingWindowDays defaults to 60. */
public record NewEventType(
        @NotBlank @Size(max = 120) String name,
        @NotNull CallKind kind,
        @NotNull @Min(15) @Max(480) Integer durationMinutes,
        @NotNull Assignment assignment,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull HostWeight> hosts,
        @Size(max = 30) List<@Valid @NotNull Question> questions,
        @Size(max = 30) List<@Valid @NotNull DisqualificationRule> disqualificationRules,
        Boolean requiresApprovedDiscovery,
        @Min(1) @Max(MAX_BOOKING_WINDOW_DAYS) Integer bookingWindowDays) {

    /** Two years: further ahead no one's availability means anything yet. */
    public static final int MAX_BOOKING_WINDOW_DAYS = 730;
}
