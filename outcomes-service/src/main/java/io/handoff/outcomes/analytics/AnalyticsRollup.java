package io.handoff.outcomes.analytics;

import io.handoff.directory.Directory;
import io.handoff.platform.inbox.BatchScope;
import io.handoff.platform.reactive.Sequence;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps the daily rollup ({@code analytics_day}) equal to the sums of the analytics facts. Every transaction
 * that changes a workspace's facts first takes the workspace's analytics lock, then recomputes the local days
 * it touched from the facts: changes of one workspace apply one after the other, so a recomputed day always
 * sees every committed change, whatever order events arrive in.
 */
@ApplicationScoped
public class AnalyticsRollup {

    private static final String LOCK = "SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) l";
    private static final String CLEAR_DAY = "DELETE FROM analytics_day WHERE workspace_id = ?1 AND day = ?2";
    private static final String CLEAR_ALL = "DELETE FROM analytics_day WHERE workspace_id = ?1";
    private static final String FILL_DAY = "INSERT INTO analytics_day (workspace_id, dimension, day, group_key, "
            + Metric.columns() + ") SELECT ?1, g.dimension, CAST(?2 AS date), COALESCE(g.group_key, ''), "
            + Metric.sums() + " FROM analytics_items(?1, ?3, ?4, ?2, ?2) i CROSS JOIN LATERAL (VALUES "
            + "('closer', i.closer_key), ('setter', i.setter_key), ('eventType', i.event_type_key), "
            + "('utmSource', i.utm_key)) g(dimension, group_key) GROUP BY g.dimension, COALESCE(g.group_key, '')";
    // Epoch seconds and ISO dates: plain values whatever types the driver maps timestamps and dates to.
    private static final String SPAN = "SELECT CAST(EXTRACT(EPOCH FROM MIN(start_at)) AS bigint), "
            + "CAST(EXTRACT(EPOCH FROM MAX(start_at)) AS bigint) FROM call WHERE workspace_id = ?1 "
            + "UNION ALL SELECT CAST(EXTRACT(EPOCH FROM MIN(captured_at)) AS bigint), "
            + "CAST(EXTRACT(EPOCH FROM MAX(captured_at)) AS bigint) FROM lead_fact WHERE workspace_id = ?1";
    private static final String DEAL_DATES = "SELECT CAST(deal_date AS text) FROM deal_fact "
            + "WHERE workspace_id = ?1 AND call_id = ?2 AND NOT deleted";
    private static final String DEAL_SPAN = "SELECT CAST(MIN(deal_date) AS text), CAST(MAX(deal_date) AS text) "
            + "FROM deal_fact WHERE workspace_id = ?1";

    @Inject
    Directory directory;
    @Inject
    BatchScope batches;

    /** Must be the first thing a transaction that changes analytics facts does. */
    public Uni<Void> lock(UUID workspaceId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(LOCK)
                .setParameter(1, workspaceId.toString()).getSingleResult()).replaceWithVoid();
    }

    /**
     * Recomputes the touched days, after writing pending entity changes. A workspace not known yet has no
     * time zone, hence no days: its rollup is built when it becomes known ({@link #rebuild}). Inside a batch of
     * consumed events the days are gathered and recomputed once, after the batch's last event: a hundred leads of
     * today cost one recomputation of today, not a hundred.
     */
    public Uni<Void> refresh(UUID workspaceId, AffectedDays affected) {
        if (affected.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var batch = batches.current();
        if (batch.isPresent()) {
            batch.get().gather(new GatheredDays(workspaceId), AffectedDays::none, days -> refreshNow(workspaceId, days))
                    .add(affected);
            return Uni.createFrom().voidItem();
        }
        return refreshNow(workspaceId, affected);
    }

    /** The key of one workspace's gathered days in a batch. */
    private record GatheredDays(UUID workspaceId) {
    }

    private Uni<Void> refreshNow(UUID workspaceId, AffectedDays affected) {
        return directory.findWorkspace(workspaceId).chain(workspace -> {
            if (workspace == null) {
                return Uni.createFrom().voidItem();
            }
            ZoneId zone = ZoneId.of(workspace.timeZone);
            return Panache.getSession().chain(Mutiny.Session::flush)
                    .chain(() -> Sequence.each(List.copyOf(affected.days(zone)), day -> fill(workspaceId, zone, day)));
        });
    }

    /** Adds the dates of the call's deals: they are grouped by the call's event type and UTM source. */
    public Uni<AffectedDays> withDealsOf(UUID workspaceId, UUID callId, AffectedDays affected) {
        return Panache.getSession().chain(s -> s.<String>createNativeQuery(DEAL_DATES)
                .setParameter(1, workspaceId).setParameter(2, callId).getResultList()).map(dates -> {
                    dates.forEach(date -> affected.on(LocalDate.parse(date)));
                    return affected;
                });
    }

    /** Recomputes every day of the workspace, e.g. after its time zone changed and days begin at other instants. */
    public Uni<Void> rebuild(UUID workspaceId) {
        return directory.findWorkspace(workspaceId).chain(workspace -> {
            if (workspace == null) {
                return Uni.createFrom().voidItem();
            }
            ZoneId zone = ZoneId.of(workspace.timeZone);
            return Panache.getSession().chain(s -> s.flush()
                    .chain(() -> s.createNativeQuery(CLEAR_ALL).setParameter(1, workspaceId).executeUpdate())
                    .chain(() -> span(s, workspaceId, zone))
                    .chain(days -> Sequence.each(days, day -> insert(s, workspaceId, zone, day))));
        });
    }

    private Uni<Void> fill(UUID workspaceId, ZoneId zone, LocalDate day) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CLEAR_DAY).setParameter(1, workspaceId)
                .setParameter(2, day).executeUpdate()
                .chain(() -> insert(s, workspaceId, zone, day)));
    }

    private static Uni<Void> insert(Mutiny.Session s, UUID workspaceId, ZoneId zone, LocalDate day) {
        AnalyticsPeriod period = AnalyticsPeriod.ofDay(day, zone);
        return s.createNativeQuery(FILL_DAY).setParameter(1, workspaceId).setParameter(2, day)
                .setParameter(3, period.fromAt()).setParameter(4, period.toAt()).executeUpdate().replaceWithVoid();
    }

    /** Every local day from the workspace's earliest to its latest fact, and one more at each end (seconds round). */
    @SuppressWarnings("unchecked")
    private static Uni<List<LocalDate>> span(Mutiny.Session s, UUID workspaceId, ZoneId zone) {
        return s.createNativeQuery(SPAN).setParameter(1, workspaceId).getResultList()
                .chain(times -> s.createNativeQuery(DEAL_SPAN).setParameter(1, workspaceId)
                        .getSingleResult().map(dates -> {
                            List<LocalDate> bounds = new ArrayList<>();
                            for (Object row : times) {
                                for (Object time : (Object[]) row) {
                                    bounds.add(time == null ? null : LocalDate.ofInstant(
                                            Instant.ofEpochSecond(((Number) time).longValue()), zone));
                                }
                            }
                            for (Object date : (Object[]) dates) {
                                bounds.add(date == null ? null : LocalDate.parse(date.toString()));
                            }
                            return everyDayBetween(bounds.stream().filter(Objects::nonNull).toList());
                        }));
    }

    private static List<LocalDate> everyDayBetween(List<LocalDate> bounds) {
        if (bounds.isEmpty()) {
            return List.of();
        }
        LocalDate first = bounds.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = bounds.stream().max(LocalDate::compareTo).orElseThrow();
        return first.minusDays(1).datesUntil(last.plusDays(2)).toList();
    }
}
