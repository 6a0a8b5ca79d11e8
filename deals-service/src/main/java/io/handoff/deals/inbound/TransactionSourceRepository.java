package io.handoff.deals.inbound;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Transaction sources; every query names the workspace, except the inbound lookup, which has only the source. */
@ApplicationScoped
public class TransactionSourceRepository implements PanacheRepositoryBase<TransactionSource, UUID> {

    public Uni<TransactionSource> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    public Uni<List<TransactionSource>> listInWorkspace(UUID workspaceId) {
        return list("workspaceId = ?1 order by createdAt, id", workspaceId);
    }

    /** An unauthenticated sender names its source; the source's provider must match the path it posts to. */
    public Uni<TransactionSource> findForInbound(UUID id, Provider provider) {
        return find("id = ?1 and provider = ?2", id, provider.path()).firstResult();
    }
}
