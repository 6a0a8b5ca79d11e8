package io.handoff.scheduling.slot;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.problem.Problems;
import io.handoff.scheduling.eventtype.EventTypeRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Open slots of an event type for members booking on someone's behalf, optionally of one host. */
@Path("/api/v1/event-types/{id}/slots")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class EventTypeSlotResource {

    @Inject
    EventTypeRepository eventTypes;
    @Inject
    SlotService slots;
    @Inject
    Caller caller;

    @GET
    public Uni<SlotsView> findSlots(@PathParam("id") UUID id, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("timeZone") String timeZone,
                                    @QueryParam("hostId") UUID hostId) {
        UUID workspaceId = caller.workspaceId();
        return Panache.withSession(() -> eventTypes.findInWorkspace(workspaceId, id)
                        .onItem().ifNull().failWith(() -> Problems.notFound("Event type", id))
                        .chain(type -> slots.prepareSlots(type, from, to, timeZone, hostId)))
                .chain(slots::findSlots);
    }
}
