package io.handoff.scheduling.call;

import io.handoff.scheduling.ratelimit.RateLimiter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Booking from the public page of an event type: no token, rate limited per address and event type. */
@Path("/api/v1/public/{workspaceSlug}/event-types/{id}/bookings")
@PermitAll
@Cancellable(false)
public class PublicCallResource {

    @Inject
    PublicBookingService bookings;
    @Inject
    RateLimiter limiter;

    @POST
    public Uni<Response> bookPublic(@PathParam("workspaceSlug") String slug, @PathParam("id") UUID id,
                                    @Valid @NotNull PublicBooking request, @Context HttpServerRequest http) {
        String ip = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        limiter.admit(ip, id);
        return bookings.bookPublic(slug, id, request, ip)
                .map(call -> Response.status(Response.Status.CREATED).entity(PublicCallView.of(call)).build());
    }
}
