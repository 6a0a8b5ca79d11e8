package io.handoff.contacts.approval;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** The approval resource a client follows until the call is booked or the booking fails. */
@Path("/api/v1/approvals")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class ApprovalResource {

    @Inject
    ApprovalService approvals;
    @Inject
    Caller caller;

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<ApprovalView> findApproval(@PathParam("id") UUID id) {
        return approvals.findApproval(caller.workspaceId(), id);
    }
}
