package io.handoff.outcomes.outcome;

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
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The workspace's recorded outcomes, newest first, filtered by result and kind of call. */
@Path("/api/v1/outcomes")
@Cancellable(false)
public class OutcomeResource {

    @Inject
    OutcomeService service;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<Page<OutcomeView>> listOutcomes(@QueryParam("result") String result,
                                               @QueryParam("callKind") String callKind,
                                               @QueryParam("limit") Integer limit,
                                               @QueryParam("cursor") String cursor) {
        return service.listOutcomes(caller.workspaceId(), OutcomeFilter.of(result, callKind),
                PageRequest.of(limit, cursor));
    }
}
