package io.handoff.outcomes.analytics;

import io.handoff.directory.Directory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * A member's own setter performance and closer figures. Setters and closers are plain users, who may not read
 * the workspace-wide views (their colleagues' figures and the workspace's totals): this is their scoped view,
 * read from the same groupings, so their row here equals their row there.
 */
@ApplicationScoped
public class OwnFiguresService {

    @Inject
    Directory directory;
    @Inject
    FigureQueries figures;
    @Inject
    SetterPerformanceService setters;

    public Uni<OwnFiguresView> figuresOf(UUID workspaceId, UUID userId, AnalyticsRange range) {
        return directory.requireWorkspace(workspaceId).chain(workspace -> {
            AnalyticsPeriod period = AnalyticsService.period(workspace, range);
            return setters.setterOf(workspace, period, userId)
                    .chain(setter -> figures.byGroup(workspaceId, Dimension.CLOSER, period)
                            .map(groups -> groups.getOrDefault(userId.toString(), Figures.zero()))
                            .map(closer -> new OwnFiguresView(period.from(), period.to(), workspace.timeZone,
                                    workspace.currency, userId, setter.name(), setter,
                                    GroupFigures.of(userId.toString(), setter.name(), closer, workspace.currency))));
        });
    }
}
