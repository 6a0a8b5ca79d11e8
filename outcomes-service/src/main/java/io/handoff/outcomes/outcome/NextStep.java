package io.handoff.outcomes.outcome;

import java.util.UUID;

/**
 * What the setter must do after an outcome: an approved discovery call is followed by booking the contact's
 * strategy call (event type, round robin or a chosen closer, time) with scheduling-service.
 */
public record NextStep(String action, UUID contactId) {

    public static final String BOOK_STRATEGY_CALL = "BOOK_STRATEGY_CALL";

    /** The step that follows the outcome, or null when nothing is asked of the setter. */
    static NextStep after(Outcome o) {
        return o.result == OutcomeResult.APPROVED ? new NextStep(BOOK_STRATEGY_CALL, o.contactId) : null;
    }
}
