package io.handoff.outcomes.analytics;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the figures of a period per group from the daily rollup, which counts every call that was not
 * cancelled and not a no-show as held; calls of the period that have not ended yet are then taken out of the
 * held figures, read from the calls themselves at the time of the request.
 */
@ApplicationScoped
public class FigureQueries {

    /** Group key of items that have no group under the grouping (a lead has no closer). */
    public static final String NO_GROUP = "";

    /**
     * Calls last at most eight hours (scheduling-service's limit); with a day's margin, a period that ended
     * longer ago than this has no call under way and needs no correction.
     */
    private static final Duration LONGEST_CALL = Duration.ofHours(24);

    private static final String SETTLED = "SELECT i.group_key, " + Metric.sums() + " FROM analytics_day i "
            + "WHERE i.workspace_id = ?1 AND i.dimension = ?2 AND i.day >= ?3 AND i.day <= ?4 GROUP BY i.group_key";

    @Inject
    Clock clock;

    /** Figures keyed by group ({@link #NO_GROUP} for items without one). */
    public Uni<Map<String, Figures>> byGroup(UUID workspaceId, Dimension dimension, AnalyticsPeriod period) {
        Instant now = clock.instant();
        Map<String, Figures> groups = new HashMap<>();
        return rows(SETTLED, workspaceId, dimension.key(), period.from(), period.to())
                .invoke(rows -> rows.forEach(r -> groups.merge((String) r[0], Figures.fromRow(r, 1), Figures::plus)))
                .chain(() -> period.toAt().isAfter(now.minus(LONGEST_CALL))
                        ? underway(workspaceId, dimension, period, now)
                        .invoke(rows -> rows.forEach(r -> groups.merge((String) r[0], Figures.notYetHeld(r, 1),
                                Figures::plus)))
                        .replaceWithVoid()
                        : Uni.createFrom().voidItem())
                .replaceWith(groups);
    }

    /** The figures of all groups together. */
    public Uni<Figures> total(UUID workspaceId, AnalyticsPeriod period) {
        return byGroup(workspaceId, Dimension.CLOSER, period)
                .map(groups -> groups.values().stream().reduce(Figures.zero(), Figures::plus));
    }

    /**
     * Per group, the held figures of the period's calls that end at or after {@code now}; no leads, no deals.
     * Only calls that started within {@link #LONGEST_CALL} of now can still be under way, so the items are read
     * from then on, not over the whole period: a 90-day range reads today's calls, not 90 days of them.
     */
    private static Uni<List<Object[]>> underway(UUID workspaceId, Dimension dimension, AnalyticsPeriod p,
                                                Instant now) {
        Instant earliestUnderway = now.minus(LONGEST_CALL);
        Instant from = p.fromAt().isAfter(earliestUnderway) ? p.fromAt() : earliestUnderway;
        String sql = "SELECT COALESCE(i." + dimension.itemColumn() + ", ''), " + Metric.endedOnlySums()
                + " FROM analytics_items(?1, ?2, ?3, ?4, ?5) i WHERE i.end_at >= ?6 GROUP BY 1";
        return rows(sql, workspaceId, from, p.toAt(), p.to().plusDays(1), p.to(), now);
    }

    private static Uni<List<Object[]>> rows(String sql, Object... params) {
        return Panache.getSession().chain(s -> {
            var query = s.<Object[]>createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.getResultList();
        });
    }
}
