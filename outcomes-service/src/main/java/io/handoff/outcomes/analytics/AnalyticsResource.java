package io.handoff.outcomes.analytics;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.problem.Problems;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/**
 * The workspace's analytics over inclusive local dates in its time zone. The workspace-wide views are for admins
 * and managers; every member reads their own figures at /me (a user asking for a workspace-wide view gets 403).
 */
@Path("/api/v1/analytics")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@Cancellable(false)
public class AnalyticsResource {

    @Inject
    AnalyticsService analytics;
    @Inject
    SetterPerformanceService setters;
    @Inject
    OwnFiguresService ownFigures;
    @Inject
    AnalyticsRollup rollup;
    @Inject
    Caller caller;

    @GET
    @Path("/summary")
    @WithSession
    public Uni<SummaryView> summarize(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("groupBy") String groupBy) {
        AnalyticsRange range = AnalyticsRange.parse(from, to);
        return analytics.summarize(caller.workspaceId(), range, Dimension.parse(groupBy));
    }

    @GET
    @Path("/funnel")
    @WithSession
    public Uni<FunnelView> funnel(@QueryParam("from") String from, @QueryParam("to") String to) {
        return analytics.funnel(caller.workspaceId(), AnalyticsRange.parse(from, to));
    }

    /** The caller's own setter performance and closer figures; there is no way to name another user here. */
    @GET
    @Path("/me")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<OwnFiguresView> ownFigures(@QueryParam("from") String from, @QueryParam("to") String to) {
        return ownFigures.figuresOf(caller.workspaceId(), caller.userId(), AnalyticsRange.parse(from, to));
    }

    @GET
    @Path("/setters")
    @WithSession
    public Uni<SettersView> listSetters(@QueryParam("from") String from, @QueryParam("to") String to) {
        return setters.listSetters(caller.workspaceId(), AnalyticsRange.parse(from, to));
    }

    /**
     * Recomputes every day of the workspace's rollup from its facts. The projections keep it current, so this is
     * for facts that arrived another way: a database restore or a bulk import (the platform benchmark loads a
     * million calls with SQL). Admins only: it rewrites figures everyone reads.
     */
    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @WithTransaction
    public Uni<Void> rebuild(String body) {
        // It takes no input: a body means the caller meant another request, so nothing is rebuilt.
        if (body != null && !body.isBlank()) {
            throw Problems.badRequest("POST /analytics/rebuild takes no body.");
        }
        UUID workspaceId = caller.workspaceId();
        return rollup.lock(workspaceId).chain(() -> rollup.rebuild(workspaceId));
    }
}
