package io.handoff.outcomes.analytics;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what setters did to contacts in a period, and how fast they acted on new leads. */
@ApplicationScoped
public class SetterActivityQueries {

    /** Claims count once per contact (at the first claim), approvals once each. */
    private static final String ACTIONS = "SELECT CAST(user_id AS text), "
            + "COUNT(DISTINCT contact_id) FILTER (WHERE kind = 'CLAIMED'), COUNT(*) FILTER (WHERE kind = 'APPROVED') "
            + "FROM setter_action WHERE workspace_id = ?1 AND acted_at >= ?2 AND acted_at < ?3 "
            + "AND kind IN ('CLAIMED', 'APPROVED') GROUP BY user_id";
    /**
     * Each lead captured in the period, joined by email to its contact, and the first action on that contact at
     * or after the capture: the user who took it gets the delay.
     */
    private static final String SPEED = "SELECT CAST(f.user_id AS text), "
            + "percentile_cont(0.5) WITHIN GROUP (ORDER BY f.seconds), "
            + "percentile_cont(0.9) WITHIN GROUP (ORDER BY f.seconds), COUNT(*) FROM ("
            + "SELECT DISTINCT ON (l.lead_id) a.user_id, "
            + "CAST(EXTRACT(EPOCH FROM a.acted_at - l.captured_at) AS double precision) AS seconds "
            + "FROM lead_fact l "
            + "JOIN contact_link c ON c.workspace_id = l.workspace_id AND c.email = l.email "
            + "JOIN setter_action a ON a.workspace_id = l.workspace_id AND a.contact_id = c.contact_id "
            + "AND a.acted_at >= l.captured_at "
            + "WHERE l.workspace_id = ?1 AND l.captured_at >= ?2 AND l.captured_at < ?3 "
            + "ORDER BY l.lead_id, a.acted_at, a.user_id) f GROUP BY f.user_id";

    /** Per user id: {claimed, approved}. */
    public Uni<Map<String, long[]>> actions(UUID workspaceId, AnalyticsPeriod period) {
        return rows(ACTIONS, workspaceId, period).map(rows -> {
            Map<String, long[]> actions = new HashMap<>();
            rows.forEach(r -> actions.put((String) r[0], new long[]{number(r[1]), number(r[2])}));
            return actions;
        });
    }

    public Uni<Map<String, SpeedToLead>> speedToLead(UUID workspaceId, AnalyticsPeriod period) {
        return rows(SPEED, workspaceId, period).map(rows -> {
            Map<String, SpeedToLead> speeds = new HashMap<>();
            rows.forEach(r -> speeds.put((String) r[0], new SpeedToLead(seconds(r[1]), seconds(r[2]), number(r[3]))));
            return speeds;
        });
    }

    private static Uni<List<Object[]>> rows(String sql, UUID workspaceId, AnalyticsPeriod period) {
        return Panache.getSession().chain(s -> s.<Object[]>createNativeQuery(sql).setParameter(1, workspaceId)
                .setParameter(2, period.fromAt()).setParameter(3, period.toAt()).getResultList());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Long seconds(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }
}
