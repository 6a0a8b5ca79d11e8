package io.handoff.outcomes.outcome;

import io.handoff.outcomes.call.CallKind;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Why a strategy call brought no sale or a discovery call rejected the lead; each reason fits one kind or both. */
public enum OutcomeReason {
    NO_SHOW(CallKind.STRATEGY, CallKind.DISCOVERY),
    NOT_INTERESTED(CallKind.STRATEGY, CallKind.DISCOVERY),
    CONTACT_CANCELLED(CallKind.STRATEGY),
    ADMIN_CANCELLED(CallKind.STRATEGY),
    UNQUALIFIED(CallKind.STRATEGY),
    FOLLOW_UP_SCHEDULED(CallKind.STRATEGY),
    BAD_FIT(CallKind.DISCOVERY),
    OTHERS(CallKind.DISCOVERY);

    private final Set<CallKind> callKinds;

    OutcomeReason(CallKind... callKinds) {
        this.callKinds = Set.of(callKinds);
    }

    public boolean fits(CallKind kind) {
        return callKinds.contains(kind);
    }

    /** Whether a no-sale with this reason may still name the buyer's objection. */
    public boolean allowsObjection() {
        return this == UNQUALIFIED || this == FOLLOW_UP_SCHEDULED;
    }

    public static List<OutcomeReason> fitting(CallKind kind) {
        return Arrays.stream(values()).filter(r -> r.fits(kind)).toList();
    }
}
