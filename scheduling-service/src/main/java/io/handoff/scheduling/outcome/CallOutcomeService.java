package io.handoff.scheduling.outcome;

import io.handoff.events.outcomes.OutcomeRecorded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Keeps each call's current outcome from outcome.recorded.v1: a later revision replaces an earlier one. */
@ApplicationScoped
public class CallOutcomeService {

    /** Runs inside the consumer's transaction. */
    public Uni<Void> recordOutcome(UUID workspaceId, OutcomeRecorded recorded) {
        return CallOutcome.<CallOutcome>findById(recorded.callId()).chain(found -> {
            if (found != null && (!found.workspaceId.equals(workspaceId) || found.revision >= recorded.revision())) {
                return Uni.createFrom().voidItem();
            }
            CallOutcome o = found != null ? found : new CallOutcome();
            o.callId = recorded.callId();
            o.workspaceId = workspaceId;
            o.contactId = recorded.contactId() != null ? recorded.contactId() : o.contactId;
            o.callKind = recorded.callKind();
            o.result = recorded.result();
            o.revision = recorded.revision();
            o.recordedAt = recorded.recordedAt();
            return found != null ? Uni.createFrom().voidItem() : o.persist().replaceWithVoid();
        });
    }
}
