package io.handoff.scheduling.slot;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;

/**
 * A host's booked time, indexed for fast questions. A range [s, e) overlaps some booked range exactly when
 * more booked ranges start before e than end at or before s, so two sorted arrays and two binary searches
 * answer "is it free"; a third sorted array of local days counts the calls of a day.
 */
public final class HostCalendar {

    private static final HostCalendar EMPTY = new HostCalendar(new long[0], new long[0], new long[0]);

    private final long[] starts;
    private final long[] ends;
    private final long[] callDays;

    private HostCalendar(long[] starts, long[] ends, long[] callDays) {
        this.starts = starts;
        this.ends = ends;
        this.callDays = callDays;
    }

    public static HostCalendar empty() {
        return EMPTY;
    }

    /** The host's calls; days are counted in the host's zone. */
    public static HostCalendar of(List<BusyTime> busy, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        long[] starts = new long[busy.size()];
        long[] ends = new long[busy.size()];
        long[] days = new long[busy.size()];
        for (int i = 0; i < starts.length; i++) {
            BusyTime b = busy.get(i);
            starts[i] = b.blockedFrom().getEpochSecond();
            ends[i] = b.blockedTo().getEpochSecond();
            long start = b.startAt().getEpochSecond();
            days[i] = Math.floorDiv(start + rules.getOffset(b.startAt()).getTotalSeconds(), 86_400L);
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        Arrays.sort(days);
        return new HostCalendar(starts, ends, days);
    }

    /** True when no booked range overlaps [start, end) (epoch seconds). */
    public boolean isFree(long start, long end) {
        return countBelow(starts, end) == countBelow(ends, start + 1);
    }

    public int callsOn(LocalDate localDate) {
        long day = localDate.toEpochDay();
        return countBelow(callDays, day + 1) - countBelow(callDays, day);
    }

    /** How many values are strictly below the bound. */
    private static int countBelow(long[] sorted, long bound) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < bound) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
