package io.handoff.scheduling.lead;

import io.handoff.scheduling.eventtype.PublicFormView;
import io.handoff.scheduling.ratelimit.RateLimiter;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** The public booking page of an event type: no token, the workspace named by its slug. */
@Path("/api/v1/public/{workspaceSlug}/event-types/{id}")
@PermitAll
// Every resource of the services: a client that gives up does not cancel the request's work, which then commits
// or fails by itself. Under load, cancelled requests left the pool with connections it never got back
// (bench/README.md, fourth round; quarkusio/quarkus#51576).
@Cancellable(false)
public class PublicBookingResource {

    @Inject
    LeadService leads;
    @Inject
    RateLimiter limiter;

    @GET
    @WithSession
    public Uni<PublicFormView> findForm(@PathParam("workspaceSlug") String slug, @PathParam("id") UUID id,
                                        @Context HttpServerRequest request) {
        limiter.admit(ip(request), id);
        return leads.findPublicEventType(slug, id).map(PublicFormView::of);
    }

    @POST
    @Path("/leads")
    @WithTransaction
    public Uni<Response> captureLead(@PathParam("workspaceSlug") String slug, @PathParam("id") UUID id,
                                     @Valid @NotNull LeadSubmission form, @Context HttpServerRequest request) {
        String ip = ip(request);
        limiter.admit(ip, id);
        return leads.captureLead(slug, id, form, ip)
                .map(capture -> Response.status(capture.created() ? 201 : 200).entity(capture.lead()).build());
    }

    private static String ip(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
