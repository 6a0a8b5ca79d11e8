package io.handoff.outcomes.analytics;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The workspace's analytics over inclusive local dates in its time zone; for admins and managers. */
@Path("/api/v1/analytics")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class AnalyticsResource {

    @Inject
    AnalyticsService analytics;
    @Inject
    SetterPerformanceService setters;
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

    @GET
    @Path("/setters")
    @WithSession
    public Uni<SettersView> listSetters(@QueryParam("from") String from, @QueryParam("to") String to) {
        return setters.listSetters(caller.workspaceId(), AnalyticsRange.parse(from, to));
    }
}
