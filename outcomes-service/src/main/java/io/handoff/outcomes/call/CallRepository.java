package io.handoff.outcomes.call;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/** Calls of a workspace; every query names the workspace, so other tenants' calls are never read. */
@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<Call, UUID> {

    public Uni<Call> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    /**
     * The call, locked until the transaction ends: outcomes of one call are recorded one after the other,
     * so two concurrent first recordings cannot both become revision 1.
     */
    public Uni<Call> lockInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
