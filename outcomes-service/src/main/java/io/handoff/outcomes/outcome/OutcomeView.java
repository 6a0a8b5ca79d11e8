package io.handoff.outcomes.outcome;

import io.handoff.outcomes.call.CallKind;

import java.time.Instant;
import java.util.UUID;

/** A call's current outcome as the API shows it, with the setter's next step when there is one. */
public record OutcomeView(UUID id, UUID callId, CallKind callKind, UUID contactId, UUID hostId, UUID setById,
                          int revision, OutcomeResult result, Objection objection, OutcomeReason reason, String notes,
                          UUID recordedBy, Instant recordedAt, Instant createdAt, NextStep nextStep) {

    public static OutcomeView of(Outcome o) {
        return new OutcomeView(o.id, o.callId, o.callKind, o.contactId, o.hostId, o.setById, o.revision, o.result,
                o.objection, o.reason, o.notes, o.recordedBy, o.recordedAt, o.createdAt, NextStep.after(o));
    }
}
