package io.handoff.contacts.user;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Members of a workspace; every query names the workspace. */
@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<AppUser, UUID> {

    public Uni<AppUser> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    public Uni<AppUser> findByEmail(UUID workspaceId, String email) {
        return find("workspaceId = ?1 and lower(email) = lower(?2)", workspaceId, email).firstResult();
    }

    public Uni<List<AppUser>> listInWorkspace(UUID workspaceId) {
        return list("workspaceId = ?1 order by name, id", workspaceId);
    }
}
