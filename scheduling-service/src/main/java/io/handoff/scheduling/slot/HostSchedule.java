package io.handoff.scheduling.slot;

import io.handoff.scheduling.host.DateOverride;
import io.handoff.scheduling.host.HostAvailability;
import io.handoff.scheduling.host.TimeInterval;
import io.handoff.scheduling.host.WeeklyHours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A host's availability in the form slot finding needs: hours per weekday and per overridden date (local
 * to {@code zone}), buffers and notice in seconds, and the daily cap (0 = none).
 */
public record HostSchedule(UUID hostId, ZoneId zone, Map<DayOfWeek, List<LocalHours>> weekly,
                           Map<LocalDate, List<LocalHours>> overrides, long bufferBeforeSeconds,
                           long bufferAfterSeconds, long noticeSeconds, int maxCallsPerDay) {

    public static HostSchedule of(HostAvailability a) {
        Map<DayOfWeek, List<LocalHours>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, sorted(a.weekly.items().stream().filter(w -> w.day() == day).map(WeeklyHours::interval).toList()));
        }
        Map<LocalDate, List<LocalHours>> overrides = new HashMap<>();
        for (DateOverride o : a.overrides.items()) {
            overrides.put(o.date(), sorted(o.intervals()));
        }
        return new HostSchedule(a.userId, ZoneId.of(a.timeZone), weekly, overrides, a.bufferBeforeMinutes * 60L,
                a.bufferAfterMinutes * 60L, a.minimumNoticeMinutes * 60L,
                a.maxCallsPerDay == null ? 0 : a.maxCallsPerDay);
    }

    /** An override replaces the weekday's hours for its date; no hours is a day off. */
    public List<LocalHours> hoursOn(LocalDate date) {
        List<LocalHours> overridden = overrides.get(date);
        return overridden != null ? overridden : weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    private static List<LocalHours> sorted(List<TimeInterval> intervals) {
        List<LocalHours> hours = new ArrayList<>();
        for (TimeInterval i : intervals) {
            hours.add(new LocalHours(i.startMinute(), i.endMinute()));
        }
        hours.sort(Comparator.comparingInt(LocalHours::startMinute));
        return List.copyOf(hours);
    }
}
