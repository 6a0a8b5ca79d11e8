package io.handoff.outcomes.outcome;

/** What held the buyer back on a strategy call (NO_OBJECTION when nothing did). */
public enum Objection {
    MONEY,
    LOGISTIC,
    PARTNER,
    FEAR,
    SMOKE_SCREEN,
    NO_OBJECTION
}
