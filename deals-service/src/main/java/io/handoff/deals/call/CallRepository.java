package io.handoff.deals.call;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Booked calls this service knows of; every query names the workspace. */
@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<KnownCall, UUID> {

    public Uni<KnownCall> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }
}
