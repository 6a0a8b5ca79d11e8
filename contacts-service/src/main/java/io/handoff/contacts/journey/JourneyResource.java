package io.handoff.contacts.journey;

import io.handoff.contacts.contact.ContactService;
import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** A contact's journey, oldest first, paged. */
@Path("/api/v1/contacts/{id}/journey")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class JourneyResource {

    @Inject
    Journey journey;
    @Inject
    ContactService contacts;
    @Inject
    Caller caller;

    @GET
    @WithSession
    public Uni<Page<JourneyView>> listJourney(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
                                              @QueryParam("cursor") String cursor) {
        UUID workspaceId = caller.workspaceId();
        PageRequest page = PageRequest.of(limit, cursor);
        return contacts.requireContact(workspaceId, id).chain(c -> journey.listJourney(workspaceId, id, page));
    }
}
