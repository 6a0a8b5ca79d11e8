package io.handoff.contacts.stage;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Stages of a workspace in pipeline order. */
@ApplicationScoped
public class StageRepository implements PanacheRepositoryBase<Stage, UUID> {

    public Uni<List<Stage>> listInWorkspace(UUID workspaceId) {
        return list("workspaceId = ?1 order by category, position", workspaceId);
    }

    public Uni<Stage> findDefault(UUID workspaceId) {
        return find("workspaceId = ?1 and isDefault = true", workspaceId).firstResult();
    }

    public Uni<Stage> findByName(UUID workspaceId, String name) {
        return find("workspaceId = ?1 and lower(name) = lower(?2)", workspaceId, name).firstResult();
    }

    public Uni<Stage> findApproved(UUID workspaceId) {
        return find("workspaceId = ?1 and systemKey = ?2", workspaceId, Stage.APPROVED_KEY).firstResult();
    }

    public Uni<Stage> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }
}
