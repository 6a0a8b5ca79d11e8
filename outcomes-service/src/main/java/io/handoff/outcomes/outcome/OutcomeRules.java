package io.handoff.outcomes.outcome;

import io.handoff.outcomes.call.CallKind;
import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which results, objections and reasons go together for each kind of call (SPEC "Outcomes"). Every
 * field at fault is reported at once, so a form can mark them all.
 */
public final class OutcomeRules {

    private OutcomeRules() {
    }

    /** Throws a validation problem naming every field that does not fit the call's kind and the result. */
    public static void check(CallKind kind, NewOutcome outcome) {
        List<FieldError> errors = new ArrayList<>();
        if (outcome.result().callKind() != kind) {
            errors.add(new FieldError("result", "must be " + resultsOf(kind) + " for a " + kind + " call"));
        } else if (kind == CallKind.STRATEGY) {
            strategy(outcome, errors);
        } else {
            discovery(outcome, errors);
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private static void strategy(NewOutcome outcome, List<FieldError> errors) {
        if (outcome.result() == OutcomeResult.SALE) {
            if (outcome.objection() == null) {
                errors.add(new FieldError("objection", "is required with SALE: one of "
                        + names(Arrays.asList(Objection.values()))));
            }
            if (outcome.reason() != null) {
                errors.add(new FieldError("reason", "must be empty with SALE"));
            }
            return;
        }
        OutcomeReason reason = requireFittingReason(CallKind.STRATEGY, "NO_SALE", outcome.reason(), errors);
        if (reason != null && outcome.objection() != null && !reason.allowsObjection()) {
            errors.add(new FieldError("objection",
                    "is allowed only with the reasons UNQUALIFIED and FOLLOW_UP_SCHEDULED"));
        }
    }

    private static void discovery(NewOutcome outcome, List<FieldError> errors) {
        if (outcome.objection() != null) {
            errors.add(new FieldError("objection", "must be empty for a DISCOVERY call"));
        }
        if (outcome.result() == OutcomeResult.APPROVED) {
            if (outcome.reason() != null) {
                errors.add(new FieldError("reason", "must be empty with APPROVED"));
            }
            return;
        }
        OutcomeReason reason = requireFittingReason(CallKind.DISCOVERY, "REJECTED", outcome.reason(), errors);
        if (reason == OutcomeReason.OTHERS && outcome.cleanNotes() == null) {
            errors.add(new FieldError("notes", "are required with the reason OTHERS"));
        }
    }

    private static OutcomeReason requireFittingReason(CallKind kind, String result, OutcomeReason reason,
                                                      List<FieldError> errors) {
        if (reason == null || !reason.fits(kind)) {
            errors.add(new FieldError("reason", (reason == null ? "is required" : "does not fit") + " with " + result
                    + ": one of " + names(OutcomeReason.fitting(kind))));
            return null;
        }
        return reason;
    }

    private static String resultsOf(CallKind kind) {
        return Arrays.stream(OutcomeResult.values()).filter(r -> r.callKind() == kind).map(Enum::name)
                .collect(Collectors.joining(" or "));
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
