package io.handoff.outcomes.outcome;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The outcome a user records for a call (PUT replaces the current one). Which objections and reasons go
 * with which result depends on the kind of call, so {@link OutcomeRules} checks the combination.
 */
public record NewOutcome(
        @NotNull OutcomeResult result,
        Objection objection,
        OutcomeReason reason,
        @Size(max = NewOutcome.MAX_NOTES, message = "must be at most {max} characters") String notes) {

    public static final int MAX_NOTES = 1500;

    /** Notes without surrounding blanks; blank notes are no notes. */
    public String cleanNotes() {
        return notes == null || notes.isBlank() ? null : notes.strip();
    }
}
