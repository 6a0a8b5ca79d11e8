package io.handoff.scheduling.call;

/** A call is BOOKED until it is CANCELLED; rescheduling keeps it BOOKED. */
public enum CallStatus {
    BOOKED, CANCELLED
}
