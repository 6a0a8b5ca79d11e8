package io.handoff.contacts.owner;

import io.handoff.contacts.contact.ContactView;
import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.concurrency.RetryStaleWrites;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Claiming: members claim contacts without an owner, admins and managers reassign; one by one or in bulk. */
@Path("/api/v1/contacts")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@RetryStaleWrites
@Cancellable(false)
public class OwnerResource {

    @Inject
    OwnerService service;
    @Inject
    Caller caller;

    @PUT
    @Path("/{id}/setter-owner")
    @WithTransaction
    public Uni<ContactView> assignSetter(@PathParam("id") UUID id, @Valid @NotNull OwnerChange change) {
        return service.assignOwner(caller.workspaceId(), caller.userId(), caller.canConfigure(), id, OwnerRole.SETTER,
                change.userId());
    }

    @PUT
    @Path("/{id}/closer-owner")
    @WithTransaction
    public Uni<ContactView> assignCloser(@PathParam("id") UUID id, @Valid @NotNull OwnerChange change) {
        return service.assignOwner(caller.workspaceId(), caller.userId(), caller.canConfigure(), id, OwnerRole.CLOSER,
                change.userId());
    }

    @POST
    @Path("/bulk/assign-setter")
    @WithTransaction
    public Uni<AssignmentReport> assignSetters(@Valid @NotNull BulkAssignment request) {
        return service.assignSetters(caller.workspaceId(), caller.userId(), caller.canConfigure(), request);
    }
}
