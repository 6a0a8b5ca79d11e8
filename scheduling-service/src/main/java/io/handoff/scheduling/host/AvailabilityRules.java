package io.handoff.scheduling.host;

import io.handoff.platform.problem.FieldError;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Checks that hours make sense: each interval ends after it starts, and a day's intervals do not overlap. */
final class AvailabilityRules {

    private AvailabilityRules() {
    }

    static List<FieldError> problems(Availability request) {
        List<FieldError> errors = new ArrayList<>();
        List<WeeklyHours> weekly = request.weekly();
        for (int i = 0; i < weekly.size(); i++) {
            if (!ordered(weekly.get(i).interval())) {
                errors.add(new FieldError("weekly[" + i + "].end", "must be after start"));
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeInterval> ofDay = weekly.stream().filter(w -> w.day() == day).map(WeeklyHours::interval).toList();
            if (overlapping(ofDay)) {
                errors.add(new FieldError("weekly", day + " has overlapping hours"));
            }
        }
        List<DateOverride> overrides = Objects.requireNonNullElse(request.overrides(), List.of());
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < overrides.size(); i++) {
            DateOverride o = overrides.get(i);
            if (!dates.add(o.date())) {
                errors.add(new FieldError("overrides[" + i + "].date", "is overridden twice"));
            }
            for (int j = 0; j < o.intervals().size(); j++) {
                if (!ordered(o.intervals().get(j))) {
                    errors.add(new FieldError("overrides[" + i + "].intervals[" + j + "].end", "must be after start"));
                }
            }
            if (overlapping(o.intervals())) {
                errors.add(new FieldError("overrides[" + i + "].intervals", "overlap"));
            }
        }
        return errors;
    }

    private static boolean ordered(TimeInterval interval) {
        return interval.endMinute() > interval.startMinute();
    }

    private static boolean overlapping(List<TimeInterval> intervals) {
        List<TimeInterval> sorted = intervals.stream().sorted(Comparator.comparingInt(TimeInterval::startMinute)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startMinute() < sorted.get(i - 1).endMinute()) {
                return true;
            }
        }
        return false;
    }
}
