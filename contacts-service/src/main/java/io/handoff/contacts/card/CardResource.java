package io.handoff.contacts.card;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
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

/** The contact card: one request for the contact, its journey page, calls, deals, notes, tags and UTMs. */
@Path("/api/v1/contacts/{id}/card")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class CardResource {

    @Inject
    CardService cards;
    @Inject
    Caller caller;

    @GET
    @WithSession
    public Uni<ContactCard> findCard(@PathParam("id") UUID id, @QueryParam("journeyLimit") Integer limit,
                                     @QueryParam("journeyCursor") String cursor) {
        return cards.findCard(caller.workspaceId(), id, PageRequest.of(limit, cursor));
    }
}
