package io.handoff.directory;

import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Looks up the workspaces and members this service has learned of; every user lookup names the workspace. */
@ApplicationScoped
public class Directory {

    public Uni<KnownWorkspace> findWorkspace(UUID workspaceId) {
        return KnownWorkspace.findById(workspaceId);
    }

    public Uni<KnownWorkspace> findWorkspaceBySlug(String slug) {
        return KnownWorkspace.find("slug", slug).firstResult();
    }

    /** The workspace, or 404: a workspace this service has not heard of does not exist for it yet. */
    public Uni<KnownWorkspace> requireWorkspace(UUID workspaceId) {
        return findWorkspace(workspaceId).onItem().ifNull().failWith(() -> Problems.notFound("Workspace", workspaceId));
    }

    public Uni<KnownUser> findUser(UUID workspaceId, UUID userId) {
        return KnownUser.find("workspaceId = ?1 and id = ?2", workspaceId, userId).firstResult();
    }

    public Uni<List<KnownUser>> findUsers(UUID workspaceId, Collection<UUID> userIds) {
        return KnownUser.list("workspaceId = ?1 and id in ?2", workspaceId, userIds);
    }

    public Uni<List<KnownUser>> listUsers(UUID workspaceId) {
        return KnownUser.list("workspaceId = ?1 order by name", workspaceId);
    }
}
