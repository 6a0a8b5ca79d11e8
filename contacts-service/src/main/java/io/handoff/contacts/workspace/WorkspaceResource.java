package io.handoff.contacts.workspace;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.idempotency.Created;
import io.handoff.platform.idempotency.IdempotentCreation;
import io.handoff.platform.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Workspaces: the operator opens and changes them (plan included); members read and admins change their own. */
@Path("/api/v1")
@Cancellable(false)
public class WorkspaceResource {

    /** Operators act across workspaces, so their idempotency keys live under a fixed scope id. */
    private static final UUID PLATFORM_SCOPE = new UUID(0, 0);

    @Inject
    WorkspaceService service;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    Caller caller;

    @POST
    @Path("/workspaces")
    @RolesAllowed(Roles.OPERATOR)
    public Uni<Response> createWorkspace(@HeaderParam(IdempotentCreation.HEADER) String key,
                                         @Valid @NotNull NewWorkspace request) {
        return idempotency.create(PLATFORM_SCOPE, key, "POST /workspaces", request, () -> service.createWorkspace(request)
                .map(view -> new Created("/api/v1/workspace", view)));
    }

    @GET
    @Path("/workspaces")
    @RolesAllowed(Roles.OPERATOR)
    @WithSession
    public Uni<Page<WorkspaceView>> listWorkspaces(@QueryParam("slug") String slug) {
        return service.listWorkspaces(slug).map(items -> new Page<>(items, null));
    }

    @GET
    @Path("/workspace")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<WorkspaceView> findWorkspace() {
        return service.findWorkspace(caller.workspaceId());
    }

    /** The operator changes any workspace's settings, its plan included. */
    @PATCH
    @Path("/workspaces/{id}")
    @RolesAllowed(Roles.OPERATOR)
    @WithTransaction
    public Uni<WorkspaceView> updateWorkspace(@PathParam("id") UUID id, @Valid @NotNull WorkspaceChanges changes) {
        return service.updateWorkspace(id, changes);
    }

    /** An admin changes their own workspace's settings, all but the plan (403: the operator's). */
    @PATCH
    @Path("/workspace")
    @RolesAllowed(Roles.ADMIN)
    @WithTransaction
    public Uni<WorkspaceView> updateOwnWorkspace(@Valid @NotNull WorkspaceChanges changes) {
        return service.updateOwnWorkspace(caller.workspaceId(), changes);
    }
}
