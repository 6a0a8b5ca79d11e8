package io.handoff.scheduling.eventtype;

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
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Event types of the caller's workspace: admins and managers define and change them, everyone reads them. */
@Path("/api/v1/event-types")
@Cancellable(false)
public class EventTypeResource {

    @Inject
    EventTypeService service;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Uni<Response> createEventType(@HeaderParam(IdempotentCreation.HEADER) String key,
                                         @Valid @NotNull NewEventType request) {
        UUID workspaceId = caller.workspaceId();
        return idempotency.create(workspaceId, key, "POST /event-types", request, () -> service.createEventType(workspaceId, request)
                .map(view -> new Created("/api/v1/event-types/" + view.id(), view)));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @WithTransaction
    public Uni<EventTypeView> updateEventType(@PathParam("id") UUID id, @Valid @NotNull EventTypeChanges changes) {
        return service.updateEventType(caller.workspaceId(), id, changes);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<Page<EventTypeView>> listEventTypes() {
        return service.listEventTypes(caller.workspaceId()).map(items -> new Page<>(items, null));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<EventTypeView> findEventType(@PathParam("id") UUID id) {
        return service.findEventType(caller.workspaceId(), id);
    }
}
