package io.handoff.scheduling.slot;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the hosts free at a slot by how far each is below its weighted share of the event type's bookings
 * once this one is made, largest shortfall first; ties go to the host booked longest ago (never booked
 * first), then by id so that the order is total. Exact integer arithmetic: shortfall × total weight =
 * (bookings + 1) × weight − own bookings × total weight.
 */
public final class RoundRobin {

    private RoundRobin() {
    }

    /** {@code free} are the hosts open at the slot; the totals are over all hosts of the event type. */
    public static List<HostStanding> rank(List<HostStanding> free, long totalWeight, long totalBookings) {
        Comparator<HostStanding> byShortfall = Comparator.comparingLong(
                (HostStanding h) -> (totalBookings + 1) * h.weight() - h.bookings() * totalWeight).reversed();
        return free.stream()
                .sorted(byShortfall
                        .thenComparing(HostStanding::lastBookedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .thenComparing(HostStanding::hostId))
                .toList();
    }
}
