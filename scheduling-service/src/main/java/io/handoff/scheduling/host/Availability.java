package io.handoff.scheduling.host;

import io.handoff.platform.validation.TimeZoneId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A host's bookable hours as set through the API: weekly hours and date overrides in {@code timeZone},
 * buffers kept free around each call, the minimum notice an invitee must give, and an optional cap of
 * calls per (local) day.
 */
public record Availability(
        @NotNull @TimeZoneId String timeZone,
        @NotNull @Size(max = 70) List<@Valid @NotNull WeeklyHours> weekly,
        @Size(max = 400) List<@Valid @NotNull DateOverride> overrides,
        @Min(0) @Max(240) Integer bufferBeforeMinutes,
        @Min(0) @Max(240) Integer bufferAfterMinutes,
        @Min(0) @Max(43200) Integer minimumNoticeMinutes,
        @Min(1) @Max(100) Integer maxCallsPerDay) {
}
