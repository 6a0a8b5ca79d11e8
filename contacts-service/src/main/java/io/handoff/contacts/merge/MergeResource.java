package io.handoff.contacts.merge;

import io.handoff.contacts.contact.ContactView;
import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.concurrency.RetryStaleWrites;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Merging duplicates: preview what moves, then merge into the contact in the path. */
@Path("/api/v1/contacts")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class MergeResource {

    @Inject
    MergeService service;
    @Inject
    Caller caller;

    @GET
    @Path("/{id}/merge-preview")
    @WithSession
    public Uni<MergePreview> previewMerge(@PathParam("id") UUID id, @QueryParam("duplicateId") UUID duplicateId) {
        if (duplicateId == null) {
            throw io.handoff.platform.problem.Problems.invalid("duplicateId", "is required");
        }
        return service.previewMerge(caller.workspaceId(), id, duplicateId);
    }

    @POST
    @Path("/{id}/merge")
    @WithTransaction
    @RetryStaleWrites
    public Uni<ContactView> merge(@PathParam("id") UUID id, @Valid @NotNull MergeRequest request) {
        return service.merge(caller.workspaceId(), caller.userId(), id, request.duplicateId());
    }
}
