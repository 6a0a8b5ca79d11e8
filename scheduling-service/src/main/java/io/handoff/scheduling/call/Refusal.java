package io.handoff.scheduling.call;

/**
 * Why a booking cannot be made, with the HTTP status and problem type it answers; the names match the
 * reasons of booking.rejected.v1 where the approval flow reports them.
 */
public enum Refusal {
    START_IN_PAST(400, "start-in-past"),
    OUTSIDE_BOOKING_WINDOW(400, "outside-booking-window"),
    SLOT_TAKEN(409, "slot-taken"),
    ALREADY_BOOKED(409, "already-booked"),
    GATE_NOT_PASSED(422, "discovery-not-approved"),
    HOST_NOT_IN_EVENT_TYPE(422, "host-not-in-event-type");

    private final int status;
    private final String kind;

    Refusal(int status, String kind) {
        this.status = status;
        this.kind = kind;
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }
}
