package io.handoff.notifications.delivery;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** One webhook delivery with its attempts, and its manual replay: admins and managers only. */
@Path("/api/v1/deliveries")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@Cancellable(false)
public class DeliveryResource {

    @Inject
    DeliveryService service;
    @Inject
    Caller caller;

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<DeliveryView> findDelivery(@PathParam("id") UUID id) {
        return service.findDelivery(caller.workspaceId(), id);
    }

    /** Sends the delivery again now, with a fresh retry schedule and the same webhook-id. */
    @POST
    @Path("/{id}/replay")
    @WithTransaction
    public Uni<Response> replayDelivery(@PathParam("id") UUID id) {
        return service.replayDelivery(caller.workspaceId(), id).map(view -> Response.accepted(view).build());
    }
}
