package io.handoff.outcomes.outcome;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** One call's outcome: record or correct it (PUT), read the current one and its revision history. */
@Path("/api/v1/calls/{callId}/outcome")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class CallOutcomeResource {

    @Inject
    OutcomeService service;
    @Inject
    Caller caller;

    /** 200 with the current outcome, whether this created revision 1, a correction or nothing new. */
    @PUT
    @WithTransaction
    public Uni<OutcomeView> recordOutcome(@PathParam("callId") UUID callId, @Valid @NotNull NewOutcome request) {
        return service.recordOutcome(caller.workspaceId(), caller.userId(), caller.canConfigure(), callId, request);
    }

    @GET
    @WithSession
    public Uni<OutcomeView> findOutcome(@PathParam("callId") UUID callId) {
        return service.findOutcome(caller.workspaceId(), callId);
    }

    @GET
    @Path("/history")
    @WithSession
    public Uni<Page<OutcomeRevisionView>> listHistory(@PathParam("callId") UUID callId) {
        return service.listHistory(caller.workspaceId(), callId);
    }
}
