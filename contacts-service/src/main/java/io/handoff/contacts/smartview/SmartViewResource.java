package io.handoff.contacts.smartview;

import io.handoff.contacts.contact.ContactView;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Smart views: saved, named contact filters, private or shared. */
@Path("/api/v1/smart-views")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class SmartViewResource {

    @Inject
    SmartViewService service;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    Caller caller;

    @POST
    public Uni<Response> createView(@HeaderParam(IdempotentCreation.HEADER) String key, @Valid @NotNull SmartViewInput input) {
        UUID workspaceId = caller.workspaceId();
        UUID userId = caller.userId();
        return idempotency.create(workspaceId, key, "POST /smart-views", input, () -> service.createView(workspaceId, userId, input)
                .map(view -> new Created("/api/v1/smart-views/" + view.id(), view)));
    }

    @GET
    @WithSession
    public Uni<Page<SmartViewView>> listViews() {
        return service.listViews(caller.workspaceId(), caller.userId()).map(items -> new Page<>(items, null));
    }

    @PUT
    @Path("/{id}")
    @WithTransaction
    public Uni<SmartViewView> updateView(@PathParam("id") UUID id, @Valid @NotNull SmartViewInput input) {
        return service.updateView(caller.workspaceId(), caller.userId(), Roles.ADMIN.equals(caller.role()), id, input);
    }

    @DELETE
    @Path("/{id}")
    @WithTransaction
    public Uni<Response> deleteView(@PathParam("id") UUID id) {
        return service.deleteView(caller.workspaceId(), caller.userId(), Roles.ADMIN.equals(caller.role()), id)
                .map(v -> Response.noContent().build());
    }

    @GET
    @Path("/{id}/contacts")
    @WithSession
    public Uni<Page<ContactView>> runView(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
                                          @QueryParam("cursor") String cursor) {
        return service.runView(caller.workspaceId(), caller.userId(), id, limit, cursor);
    }
}
