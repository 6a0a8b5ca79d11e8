package io.handoff.contacts.approval;

import io.handoff.contacts.contact.ContactView;
import io.handoff.contacts.stage.ContactStageService;
import io.handoff.contacts.stage.StageRepository;
import io.handoff.events.Actor;
import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.concurrency.RetryStaleWrites;
import io.handoff.platform.paging.Page;
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
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.net.URI;
import java.util.UUID;

/**
 * Moving contacts between stages. A move to Approved is an approval: it answers 202 with the approval
 * resource to follow until the call is booked or the booking fails.
 */
@Path("/api/v1/contacts")
@RetryStaleWrites
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class ContactStageResource {

    @Inject
    ApprovalService approvals;
    @Inject
    ContactStageService contactStages;
    @Inject
    StageRepository stages;
    @Inject
    Caller caller;

    @PUT
    @Path("/{id}/stage")
    @WithTransaction
    public Uni<Response> moveContact(@PathParam("id") UUID id, @Valid @NotNull StageMove move) {
        UUID workspaceId = caller.workspaceId();
        UUID userId = caller.userId();
        return stages.findInWorkspace(workspaceId, move.stageId()).chain(target -> {
            if (target != null && target.isApproved()) {
                return approvals.requestApproval(workspaceId, userId, id, move).map(approval -> Response.accepted(approval)
                        .location(URI.create("/api/v1/approvals/" + approval.id())).build());
            }
            return contactStages.moveContact(workspaceId, Actor.user(userId), id, move.stageId())
                    .map(contact -> Response.ok(contact).build());
        });
    }

    @POST
    @Path("/bulk/stage")
    @WithTransaction
    public Uni<Page<ContactView>> moveContacts(@Valid @NotNull BulkStageMove move) {
        return contactStages.moveContacts(caller.workspaceId(), Actor.user(caller.userId()), move.contactIds(), move.stageId())
                .map(items -> new Page<>(items, null));
    }
}
