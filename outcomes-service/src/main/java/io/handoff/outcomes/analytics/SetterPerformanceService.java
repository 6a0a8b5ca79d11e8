package io.handoff.outcomes.analytics;

import io.handoff.directory.Directory;
import io.handoff.directory.KnownWorkspace;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Setter performance: the setter grouping of the analytics figures (calls set, held and closed, discovery
 * calls rejected, revenue) together with claims, approvals and speed-to-lead.
 */
@ApplicationScoped
public class SetterPerformanceService {

    @Inject
    Directory directory;
    @Inject
    FigureQueries figures;
    @Inject
    SetterActivityQueries activity;
    @Inject
    GroupLabels labels;

    public Uni<SettersView> listSetters(UUID workspaceId, AnalyticsRange range) {
        return directory.requireWorkspace(workspaceId).chain(workspace -> {
            AnalyticsPeriod period = AnalyticsService.period(workspace, range);
            return rows(workspace, period, null).map(rows -> new SettersView(period.from(), period.to(),
                    workspace.timeZone, workspace.currency, rows));
        });
    }

    /** One user's performance as a setter; all zeros when they did nothing in the period. */
    public Uni<SetterView> setterOf(KnownWorkspace workspace, AnalyticsPeriod period, UUID userId) {
        return rows(workspace, period, userId).map(rows -> rows.get(0));
    }

    /** Every user with setter activity, by name; or, when {@code only} is given, that user's row alone. */
    private Uni<List<SetterView>> rows(KnownWorkspace workspace, AnalyticsPeriod period, UUID only) {
        UUID workspaceId = workspace.id;
        return figures.byGroup(workspaceId, Dimension.SETTER, period)
                .chain(groups -> activity.actions(workspaceId, period)
                        .chain(actions -> activity.speedToLead(workspaceId, period)
                                .chain(speeds -> {
                                    Set<String> users = new HashSet<>();
                                    if (only != null) {
                                        users.add(only.toString());
                                    } else {
                                        users.addAll(groups.keySet());
                                        users.addAll(actions.keySet());
                                        users.addAll(speeds.keySet());
                                        users.remove(FigureQueries.NO_GROUP);
                                    }
                                    return labels.users(workspaceId, users.stream().map(UUID::fromString).toList())
                                            .map(names -> view(workspace, users, groups, actions, speeds, names));
                                })));
    }

    private static List<SetterView> view(KnownWorkspace workspace, Set<String> users, Map<String, Figures> groups,
                                         Map<String, long[]> actions, Map<String, SpeedToLead> speeds,
                                         Map<String, String> names) {
        List<SetterView> rows = users.stream().map(id -> {
            Figures f = groups.getOrDefault(id, Figures.zero());
            long[] acted = actions.getOrDefault(id, new long[2]);
            return new SetterView(UUID.fromString(id), names.get(id), acted[0], acted[1],
                    f.get(Metric.DISCOVERY_REJECTED), f.get(Metric.STRATEGY_BOOKED), f.get(Metric.STRATEGY_HELD),
                    f.get(Metric.STRATEGY_CLOSED), Amounts.money(f.revenue(), workspace.currency),
                    speeds.getOrDefault(id, SpeedToLead.NONE));
        }).sorted(Comparator.comparing((SetterView s) -> s.name() == null ? "" : s.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.userId().toString())).toList();
        return rows;
    }
}
