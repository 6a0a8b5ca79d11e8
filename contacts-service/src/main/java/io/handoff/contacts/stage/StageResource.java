package io.handoff.contacts.stage;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.idempotency.Created;
import io.handoff.platform.idempotency.IdempotentCreation;
import io.handoff.platform.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.List;
import java.util.UUID;

/** The workspace's pipeline: everyone reads it and follows it live; admins and managers shape it. */
@Path("/api/v1/stages")
@Cancellable(false)
public class StageResource {

    @Inject
    StageRepository stages;
    @Inject
    StageService service;
    @Inject
    StageStream stream;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<Page<StageView>> listStages() {
        return stages.listInWorkspace(caller.workspaceId())
                .map(list -> new Page<>(list.stream().map(StageView::of).toList(), null));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Uni<Response> createStage(@HeaderParam(IdempotentCreation.HEADER) String key, @Valid @NotNull NewStage request) {
        UUID workspaceId = caller.workspaceId();
        return idempotency.create(workspaceId, key, "POST /stages", request, () -> service.createStage(workspaceId, request)
                .map(view -> new Created("/api/v1/stages/" + view.id(), view)));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @WithTransaction
    public Uni<StageView> updateStage(@PathParam("id") UUID id, @Valid @NotNull StageChanges changes) {
        return service.updateStage(caller.workspaceId(), id, changes);
    }

    @POST
    @Path("/reorder")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @WithTransaction
    public Uni<Page<StageView>> reorderStages(@Valid @NotNull StageReorder request) {
        return service.reorderStages(caller.workspaceId(), request).map(items -> new Page<>(items, null));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @WithTransaction
    public Uni<Response> deleteStage(@PathParam("id") UUID id, @QueryParam("replacement") UUID replacement) {
        return service.deleteStage(caller.workspaceId(), caller.userId(), id, replacement)
                .map(v -> Response.noContent().build());
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<List<StageCount>> countContacts() {
        return service.countContacts(caller.workspaceId());
    }

    /** Server-sent events: every stage change in the caller's workspace, as it is published. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    public Multi<StageStream.StageChangeView> streamStageChanges() {
        return stream.changes(caller.workspaceId());
    }
}
