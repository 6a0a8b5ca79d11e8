package io.handoff.outcomes.outcome;

import java.time.Instant;
import java.util.UUID;

/** One revision in a call's outcome history. */
public record OutcomeRevisionView(int revision, OutcomeResult result, Objection objection, OutcomeReason reason,
                                  String notes, UUID hostId, UUID setById, UUID recordedBy, Instant recordedAt) {

    public static OutcomeRevisionView of(OutcomeRevision r) {
        return new OutcomeRevisionView(r.revision, r.result, r.objection, r.reason, r.notes, r.hostId, r.setById,
                r.recordedBy, r.recordedAt);
    }
}
