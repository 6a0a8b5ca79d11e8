package io.handoff.scheduling.call;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.idempotency.Created;
import io.handoff.platform.idempotency.IdempotentCreation;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Calls of the caller's workspace: members book (as setter), list, reschedule and cancel them. */
@Path("/api/v1/calls")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class CallResource {

    @Inject
    CallService calls;
    @Inject
    CallChangeService changes;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    Caller caller;

    @POST
    public Uni<Response> createCall(@HeaderParam(IdempotentCreation.HEADER) String key, @Valid @NotNull NewCall request) {
        UUID workspaceId = caller.workspaceId();
        UUID userId = caller.userId();
        return idempotency.create(workspaceId, key, "POST /calls", request, () -> calls.createCall(workspaceId, userId, request)
                .map(view -> new Created("/api/v1/calls/" + view.id(), view)));
    }

    @GET
    @WithSession
    public Uni<Page<CallView>> listCalls(@QueryParam("tab") String tab, @QueryParam("hostId") UUID hostId,
                                         @QueryParam("eventTypeId") UUID eventTypeId,
                                         @QueryParam("setById") UUID setById, @QueryParam("from") String from,
                                         @QueryParam("to") String to, @QueryParam("tag") String tag,
                                         @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return calls.listCalls(caller.workspaceId(), new CallListParams(tab, hostId, eventTypeId, setById, from, to, tag),
                PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<CallView> findCall(@PathParam("id") UUID id) {
        return calls.findCall(caller.workspaceId(), id);
    }

    @POST
    @Path("/{id}/reschedule")
    @WithTransaction
    public Uni<CallView> rescheduleCall(@PathParam("id") UUID id, @Valid @NotNull CallReschedule request) {
        return changes.rescheduleCall(caller.workspaceId(), caller.userId(), id, request);
    }

    @POST
    @Path("/{id}/cancel")
    @WithTransaction
    public Uni<CallView> cancelCall(@PathParam("id") UUID id, @Valid @NotNull CallCancellation request) {
        if (request.by() == CallCancellation.By.ADMIN && !caller.canConfigure()) {
            throw Problems.forbidden("Only admins and managers may cancel a call as ADMIN.");
        }
        return changes.cancelCall(caller.workspaceId(), caller.userId(), id, request);
    }
}
