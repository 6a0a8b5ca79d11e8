package io.handoff.notifications.webhook;

import io.handoff.notifications.delivery.DeliveryService;
import io.handoff.notifications.delivery.DeliveryStatus;
import io.handoff.notifications.delivery.DeliveryView;
import io.handoff.notifications.delivery.ReplayedDeliveries;
import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.idempotency.Created;
import io.handoff.platform.idempotency.IdempotentCreation;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Webhook endpoints of the caller's workspace and their delivery logs: admins and managers only. */
@Path("/api/v1/webhook-endpoints")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@Cancellable(false)
public class WebhookEndpointResource {

    @Inject
    WebhookEndpointService service;
    @Inject
    DeliveryService deliveries;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    Caller caller;

    @POST
    public Uni<Response> createEndpoint(@HeaderParam(IdempotentCreation.HEADER) String key,
                                        @Valid @NotNull NewWebhookEndpoint request) {
        UUID workspaceId = caller.workspaceId();
        return idempotency.create(workspaceId, key, "POST /webhook-endpoints", request, () -> service
                .createEndpoint(workspaceId, request)
                .map(endpoint -> new Created("/api/v1/webhook-endpoints/" + endpoint.id(), endpoint)));
    }

    @GET
    @WithSession
    public Uni<Page<WebhookEndpointView>> listEndpoints(@QueryParam("limit") Integer limit,
                                                        @QueryParam("cursor") String cursor) {
        return service.listEndpoints(caller.workspaceId(), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<WebhookEndpointView> findEndpoint(@PathParam("id") UUID id) {
        return service.findEndpoint(caller.workspaceId(), id);
    }

    @PATCH
    @Path("/{id}")
    @WithTransaction
    public Uni<WebhookEndpointView> updateEndpoint(@PathParam("id") UUID id,
                                                   @Valid @NotNull WebhookEndpointChanges changes) {
        return service.updateEndpoint(caller.workspaceId(), id, changes);
    }

    @DELETE
    @Path("/{id}")
    @WithTransaction
    public Uni<Response> deleteEndpoint(@PathParam("id") UUID id) {
        return service.deleteEndpoint(caller.workspaceId(), id).map(done -> Response.noContent().build());
    }

    /** The new secret is shown once, in this answer; the previous one keeps signing for 24 hours. */
    @POST
    @Path("/{id}/rotate-secret")
    @WithTransaction
    public Uni<WebhookEndpointView> rotateSecret(@PathParam("id") UUID id) {
        return service.rotateSecret(caller.workspaceId(), id);
    }

    @GET
    @Path("/{id}/deliveries")
    @WithSession
    public Uni<Page<DeliveryView>> listDeliveries(@PathParam("id") UUID id, @QueryParam("status") String status,
                                                  @QueryParam("limit") Integer limit,
                                                  @QueryParam("cursor") String cursor) {
        UUID workspaceId = caller.workspaceId();
        PageRequest page = PageRequest.of(limit, cursor);
        DeliveryStatus wanted = DeliveryStatus.parse(status);
        return service.require(workspaceId, id).chain(endpoint -> deliveries.listDeliveries(endpoint, wanted, page));
    }

    /** Queues every delivery of this endpoint that FAILED since the given instant again, to be sent now. */
    @POST
    @Path("/{id}/replay")
    @WithTransaction
    public Uni<Response> replayFailed(@PathParam("id") UUID id, @QueryParam("since") String since) {
        Instant from = parseInstant(since);
        UUID workspaceId = caller.workspaceId();
        return service.require(workspaceId, id).chain(endpoint -> deliveries.replayFailedSince(endpoint, from))
                .map(count -> Response.accepted(new ReplayedDeliveries(count)).build());
    }

    private static Instant parseInstant(String value) {
        if (value == null || value.isBlank()) {
            throw Problems.invalid("since", "is required, an ISO-8601 instant such as 2026-11-23T09:00:00Z");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalid("since", "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z");
        }
    }
}
