package io.handoff.outcomes.analytics;

import io.handoff.directory.Directory;
import io.handoff.directory.KnownWorkspace;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The workspace's summary and funnel over a range of local days in its time zone, built only from this
 * service's projections of booking, outcome, lead and deal events.
 */
@ApplicationScoped
public class AnalyticsService {

    private static final Comparator<GroupFigures> ORDER = Comparator
            .comparing((GroupFigures g) -> g.key() == null)
            .thenComparing(g -> g.label() == null ? "" : g.label(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(g -> g.key() == null ? "" : g.key());

    @Inject
    Directory directory;
    @Inject
    FigureQueries figures;
    @Inject
    GroupLabels labels;

    public Uni<SummaryView> summarize(UUID workspaceId, AnalyticsRange range, Dimension groupBy) {
        return directory.requireWorkspace(workspaceId).chain(workspace -> {
            AnalyticsPeriod period = period(workspace, range);
            return figures.byGroup(workspaceId, groupBy == null ? Dimension.CLOSER : groupBy, period)
                    .chain(groups -> (groupBy == null ? Uni.createFrom().item(Map.<String, String>of())
                            : labels.of(workspaceId, groupBy, groups.keySet()))
                            .map(names -> summary(workspace, period, groupBy, groups, names)));
        });
    }

    public Uni<FunnelView> funnel(UUID workspaceId, AnalyticsRange range) {
        return directory.requireWorkspace(workspaceId).chain(workspace -> {
            AnalyticsPeriod period = period(workspace, range);
            return figures.total(workspaceId, period).map(total -> FunnelView.of(period, total));
        });
    }

    static AnalyticsPeriod period(KnownWorkspace workspace, AnalyticsRange range) {
        return new AnalyticsPeriod(range.from(), range.to(), ZoneId.of(workspace.timeZone));
    }

    private static SummaryView summary(KnownWorkspace workspace, AnalyticsPeriod period, Dimension groupBy,
                                       Map<String, Figures> groups, Map<String, String> names) {
        Figures total = groups.values().stream().reduce(Figures.zero(), Figures::plus);
        // A group can sum to nothing (a zero-value RECURRING deal, held figures taken back for calls to come):
        // it is left out rather than shown as a row of zeros.
        List<GroupFigures> rows = groupBy == null ? List.of() : groups.entrySet().stream()
                .filter(g -> !g.getValue().isEmpty())
                .map(g -> {
                    String key = g.getKey().equals(FigureQueries.NO_GROUP) ? null : g.getKey();
                    String label = key == null ? groupBy.noneLabel() : names.get(key);
                    return GroupFigures.of(key, label, g.getValue(), workspace.currency);
                })
                .sorted(ORDER).toList();
        return new SummaryView(period.from(), period.to(), workspace.timeZone, workspace.currency,
                groupBy == null ? null : groupBy.key(), rows, GroupFigures.of(null, null, total, workspace.currency));
    }
}
