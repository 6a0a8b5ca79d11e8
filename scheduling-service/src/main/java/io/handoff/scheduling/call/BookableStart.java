package io.handoff.scheduling.call;

import io.handoff.scheduling.eventtype.EventType;

import java.time.Instant;

/**
 * Whether a start may be booked at all, checked before any date arithmetic: it is in the future and inside
 * the event type's booking window (starts before now plus {@code bookingWindowDays}).
 */
final class BookableStart {

    private BookableStart() {
    }

    static void require(EventType type, Instant start, Instant now) {
        if (!start.isAfter(now)) {
            throw new BookingRefused(Refusal.START_IN_PAST, "The start " + start + " is in the past.");
        }
        Instant until = type.bookableUntil(now);
        if (!start.isBefore(until)) {
            throw new BookingRefused(Refusal.OUTSIDE_BOOKING_WINDOW, type.name + " can be booked at most "
                    + type.bookingWindowDays + " days ahead: the start must be before " + until + ".");
        }
    }
}
