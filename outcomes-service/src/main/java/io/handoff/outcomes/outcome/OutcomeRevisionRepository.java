package io.handoff.outcomes.outcome;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The revision history of outcomes, scoped by workspace like every other query. */
@ApplicationScoped
public class OutcomeRevisionRepository implements PanacheRepositoryBase<OutcomeRevision, UUID> {

    public Uni<List<OutcomeRevision>> listByCall(UUID workspaceId, UUID callId) {
        return list("workspaceId = ?1 and callId = ?2 order by revision", workspaceId, callId);
    }
}
