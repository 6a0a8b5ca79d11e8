package io.handoff.outcomes.call;

/** Whether a call still takes place; a cancelled call never gets an outcome. */
public enum CallStatus {
    BOOKED,
    CANCELLED
}
