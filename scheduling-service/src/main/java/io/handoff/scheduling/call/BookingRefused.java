package io.handoff.scheduling.call;

import io.handoff.platform.problem.ProblemException;

/** A booking the rules refuse; over HTTP a problem+json, in the approval flow a booking.rejected.v1. */
public class BookingRefused extends ProblemException {

    private final Refusal refusal;

    public BookingRefused(Refusal refusal, String detail) {
        super(refusal.status(), refusal.kind(), "Booking refused", detail, null);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
