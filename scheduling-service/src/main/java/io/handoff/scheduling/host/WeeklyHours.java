package io.handoff.scheduling.host;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.DayOfWeek;

/** Hours a host takes calls on a weekday, in their own time zone; a day may have several. */
public record WeeklyHours(@NotNull DayOfWeek day,
                          @NotNull @Pattern(regexp = TimeInterval.HH_MM, message = "must be a time such as 09:30") String start,
                          @NotNull @Pattern(regexp = TimeInterval.HH_MM, message = "must be a time such as 17:00") String end) {

    public TimeInterval interval() {
        return new TimeInterval(start, end);
    }
}
