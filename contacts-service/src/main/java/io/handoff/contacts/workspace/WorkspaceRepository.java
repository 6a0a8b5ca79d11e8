package io.handoff.contacts.workspace;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Workspaces by id and slug. */
@ApplicationScoped
public class WorkspaceRepository implements PanacheRepositoryBase<Workspace, UUID> {

    public Uni<Workspace> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public Uni<List<Workspace>> listBySlug(String slug) {
        return slug == null ? list("order by createdAt") : list("slug", slug);
    }
}
