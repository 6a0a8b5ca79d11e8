package io.handoff.deals.call;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Booked calls this service knows of; every query names the workspace. */
@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<KnownCall, UUID> {

    public Uni<KnownCall> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    /** A merge moves the duplicate's calls to the primary contact. */
    public Uni<Integer> repointContact(UUID workspaceId, UUID duplicateId, UUID primaryId) {
        return update("contactId = :primary where workspaceId = :workspace and contactId = :duplicate",
                Parameters.with("primary", primaryId).and("workspace", workspaceId).and("duplicate", duplicateId));
    }
}
