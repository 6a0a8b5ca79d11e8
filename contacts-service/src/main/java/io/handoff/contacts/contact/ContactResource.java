package io.handoff.contacts.contact;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.concurrency.RetryStaleWrites;
import io.handoff.platform.idempotency.Created;
import io.handoff.platform.idempotency.IdempotentCreation;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Global Data: every contact of the workspace, with the Appointment Setting filters. */
@Path("/api/v1/contacts")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class ContactResource {

    @Inject
    ContactService service;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    Caller caller;

    @POST
    public Uni<Response> createContact(@HeaderParam(IdempotentCreation.HEADER) String key,
                                       @Valid @NotNull NewContact request) {
        UUID workspaceId = caller.workspaceId();
        UUID userId = caller.userId();
        return idempotency.create(workspaceId, key, "POST /contacts", request, () -> service.createContact(workspaceId, userId, request)
                .map(contact -> new Created("/api/v1/contacts/" + contact.id(), contact)));
    }

    @GET
    @WithSession
    public Uni<Page<ContactView>> listContacts(@BeanParam ContactListParams params) {
        return service.listContacts(caller.workspaceId(), params.filter(false), params.sort(),
                PageRequest.of(params.limit, params.cursor));
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<ContactView> findContact(@PathParam("id") UUID id) {
        return service.findContact(caller.workspaceId(), id);
    }

    @PATCH
    @Path("/{id}")
    @WithTransaction
    @RetryStaleWrites
    public Uni<ContactView> updateContact(@PathParam("id") UUID id, @Valid @NotNull ContactChanges changes) {
        return service.updateContact(caller.workspaceId(), caller.userId(), id, changes);
    }
}
