package io.handoff.scheduling.slot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Finds open slots: starts every {@link #STEP_MINUTES} minutes from the beginning of each of a host's local
 * intervals, where the call fits in the interval, respects the minimum notice, the host has not reached
 * the day's cap, and the call widened by the host's buffers overlaps none of their booked ranges. Local
 * hours become instants through the host's zone, so days that gain or lose an hour (DST) come out right.
 * Pure: no I/O, so it can be benchmarked directly.
 */
public final class SlotFinder {

    public static final int STEP_MINUTES = 15;
    private static final long STEP = STEP_MINUTES * 60L;

    private SlotFinder() {
    }

    /** Calls {@code sink} with every open start in [from, to) (epoch seconds), in increasing order. */
    public static void openStarts(HostPlan plan, long from, long to, int lengthMinutes, long now, LongConsumer sink) {
        HostSchedule host = plan.schedule();
        long length = lengthMinutes * 60L;
        long earliest = Math.max(from, now + host.noticeSeconds());
        if (earliest >= to) {
            return;
        }
        ZoneId zone = host.zone();
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochSecond(to - 1), zone);
        for (LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(earliest), zone); !day.isAfter(last);
             day = day.plusDays(1)) {
            if (host.maxCallsPerDay() > 0 && plan.calendar().callsOn(day) >= host.maxCallsPerDay()) {
                continue;
            }
            for (LocalHours hours : host.hoursOn(day)) {
                long start = epochSecond(day, hours.startMinute(), zone);
                long end = epochSecond(day, hours.endMinute(), zone);
                long t = start >= earliest ? start : start + ceilDiv(earliest - start, STEP) * STEP;
                for (; t + length <= end && t < to; t += STEP) {
                    if (plan.calendar().isFree(t - host.bufferBeforeSeconds(), t + length + host.bufferAfterSeconds())) {
                        sink.accept(t);
                    }
                }
            }
        }
    }

    /** Whether the host can take a call of this length starting exactly at {@code start}. */
    public static boolean isOpen(HostPlan plan, Instant start, int lengthMinutes, Instant now) {
        long at = start.getEpochSecond();
        boolean[] open = {false};
        openStarts(plan, at, at + 1, lengthMinutes, now.getEpochSecond(), t -> open[0] |= t == at);
        return open[0] && start.getNano() == 0;
    }

    /**
     * Starts in [from, to) at which at least one of the hosts is open, sorted and distinct. Starts fall on
     * whole minutes, so a bit per minute of the range merges the hosts' starts without sorting.
     */
    public static long[] openStarts(List<HostPlan> plans, long from, long to, int lengthMinutes, long now) {
        BitSet minutes = new BitSet((int) Math.max(0, (to - from) / 60));
        long[][] stragglers = {new long[0]};
        for (HostPlan plan : plans) {
            openStarts(plan, from, to, lengthMinutes, now, t -> {
                if ((t - from) % 60 == 0) {
                    minutes.set((int) ((t - from) / 60));
                } else {
                    stragglers[0] = Arrays.copyOf(stragglers[0], stragglers[0].length + 1);
                    stragglers[0][stragglers[0].length - 1] = t;
                }
            });
        }
        long[] starts = new long[minutes.cardinality() + stragglers[0].length];
        int size = 0;
        for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
            starts[size++] = from + m * 60L;
        }
        System.arraycopy(stragglers[0], 0, starts, size, stragglers[0].length);
        return stragglers[0].length == 0 ? starts : Arrays.stream(starts).sorted().distinct().toArray();
    }

    private static long epochSecond(LocalDate day, int minute, ZoneId zone) {
        if (minute >= 1440) {
            return day.plusDays(1).atStartOfDay(zone).toEpochSecond();
        }
        return ZonedDateTime.of(day, LocalTime.ofSecondOfDay(minute * 60L), zone).toEpochSecond();
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
