package io.handoff.outcomes.outcome;

import io.handoff.outcomes.call.CallKind;

/** What came of a call: strategy calls end in a sale or not, discovery calls approve or reject the lead. */
public enum OutcomeResult {
    SALE(CallKind.STRATEGY),
    NO_SALE(CallKind.STRATEGY),
    APPROVED(CallKind.DISCOVERY),
    REJECTED(CallKind.DISCOVERY);

    private final CallKind callKind;

    OutcomeResult(CallKind callKind) {
        this.callKind = callKind;
    }

    /** The kind of call this result can end. */
    public CallKind callKind() {
        return callKind;
    }
}
