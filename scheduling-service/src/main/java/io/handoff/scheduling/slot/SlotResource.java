package io.handoff.scheduling.slot;

import io.handoff.scheduling.lead.LeadService;
import io.handoff.scheduling.ratelimit.RateLimiter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Open slots on an event type's public page, in the invitee's time zone; rate limited. */
@Path("/api/v1/public/{workspaceSlug}/event-types/{id}/slots")
@PermitAll
@Cancellable(false)
public class SlotResource {

    @Inject
    LeadService leads;
    @Inject
    SlotService slots;
    @Inject
    RateLimiter limiter;

    @GET
    public Uni<SlotsView> findSlots(@PathParam("workspaceSlug") String slug, @PathParam("id") UUID id,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("timeZone") String timeZone, @QueryParam("hostId") UUID hostId,
                                    @Context HttpServerRequest http) {
        limiter.admit(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress(), id);
        return Panache.withSession(() -> leads.findPublicEventType(slug, id)
                        .chain(type -> slots.prepareSlots(type, from, to, timeZone, hostId)))
                .chain(slots::findSlots);
    }
}
