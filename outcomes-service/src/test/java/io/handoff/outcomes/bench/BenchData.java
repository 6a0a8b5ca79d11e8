package io.handoff.outcomes.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Loads one workspace's analytics facts straight into PostgreSQL with SQL (no events): members, event types,
 * calls spread evenly over the last two years (a few later today), outcomes for every past call that was not
 * cancelled, a deal for every sale and leads. Seeded, so every run loads the same shape of data. Used by
 * SummaryBenchmark here and by the platform benchmark (bench/), which gets it from this module's test jar.
 */
public final class BenchData {

    public static final String ZONE = "Europe/Berlin";

    private static final String USERS = """
            INSERT INTO known_user (id, workspace_id, name, email, time_zone, role, active, updated_at)
            SELECT gen_random_uuid(), ?, r || ' ' || lpad(g::text, 2, '0'), lower(r) || g || '@bench.example', ?,
                   'USER', true, now()
            FROM generate_series(1, 20) g, (VALUES ('Closer'), ('Setter')) v(r)""";
    private static final String EVENT_TYPES = """
            INSERT INTO known_event_type (id, workspace_id, name)
            SELECT gen_random_uuid(), ?, 'Event type ' || g FROM generate_series(1, 4) g""";
    private static final String CALLS = """
            INSERT INTO call (id, workspace_id, event_type_id, kind, host_id, contact_id, set_by_id, start_at, end_at,
                              status, updated_at, utm_source, lead_id, rescheduled)
            SELECT gen_random_uuid(), ?,
                   CASE WHEN x.strategy THEN t.a[1 + floor(random() * 3)::int] ELSE t.a[4] END,
                   CASE WHEN x.strategy THEN 'STRATEGY' ELSE 'DISCOVERY' END,
                   CASE WHEN x.strategy THEN c.a[1 + floor(random() * 20)::int] ELSE s.a[1 + floor(random() * 20)::int] END,
                   NULL,
                   CASE WHEN x.strategy AND random() < 0.8 THEN s.a[1 + floor(random() * 20)::int] END,
                   x.st, x.st + interval '45 minutes',
                   CASE WHEN random() < 0.05 THEN 'CANCELLED' ELSE 'BOOKED' END, now(),
                   (ARRAY['google', 'facebook', 'linkedin', 'newsletter', 'partner', NULL])[1 + floor(random() * 6)::int],
                   NULL, random() < 0.08
            FROM (SELECT random() < 0.85 AS strategy,
                         date_trunc('day', now()) - interval '729 days' + random() * interval '730 days' AS st, g
                  FROM generate_series(1, ?) g) x,
                 (SELECT array_agg(id ORDER BY name) a FROM known_user WHERE workspace_id = ? AND name LIKE 'Closer%') c,
                 (SELECT array_agg(id ORDER BY name) a FROM known_user WHERE workspace_id = ? AND name LIKE 'Setter%') s,
                 (SELECT array_agg(id ORDER BY name) a FROM known_event_type WHERE workspace_id = ?) t""";
    private static final String OUTCOMES = """
            INSERT INTO outcome (id, workspace_id, call_id, call_kind, contact_id, host_id, set_by_id, revision, result,
                                 objection, reason, notes, recorded_by, recorded_at, created_at)
            SELECT gen_random_uuid(), c.workspace_id, c.id, c.kind, NULL, c.host_id, c.set_by_id, 1, o.result,
                   o.objection, o.reason, NULL, c.host_id, c.end_at + interval '1 hour', c.end_at + interval '1 hour'
            FROM call c
            CROSS JOIN LATERAL (SELECT random() AS r, random() AS r2, c.kind AS k) z
            CROSS JOIN LATERAL (SELECT
                CASE WHEN z.k = 'STRATEGY' THEN CASE WHEN z.r < 0.3 THEN 'SALE' ELSE 'NO_SALE' END
                     ELSE CASE WHEN z.r < 0.6 THEN 'APPROVED' ELSE 'REJECTED' END END AS result,
                CASE WHEN z.k = 'STRATEGY' AND z.r < 0.3
                     THEN (ARRAY['MONEY', 'LOGISTIC', 'PARTNER', 'FEAR', 'SMOKE_SCREEN', 'NO_OBJECTION'])[1 + floor(z.r2 * 6)::int]
                     END AS objection,
                CASE WHEN z.k = 'STRATEGY' AND z.r >= 0.3
                     THEN (ARRAY['NO_SHOW', 'NOT_INTERESTED', 'CONTACT_CANCELLED', 'ADMIN_CANCELLED', 'UNQUALIFIED',
                                 'FOLLOW_UP_SCHEDULED'])[1 + floor(z.r2 * 6)::int]
                     WHEN z.k = 'DISCOVERY' AND z.r >= 0.6
                     THEN (ARRAY['NO_SHOW', 'NOT_INTERESTED', 'BAD_FIT', 'OTHERS'])[1 + floor(z.r2 * 4)::int]
                     END AS reason) o
            WHERE c.workspace_id = ? AND c.status = 'BOOKED' AND c.end_at < now()""";
    private static final String DEALS = """
            INSERT INTO deal_fact (deal_id, workspace_id, call_id, contact_id, closer_id, setter_id, value, payment_type,
                                   deal_date, deleted, updated_at)
            SELECT gen_random_uuid(), o.workspace_id, o.call_id, NULL, c.host_id, c.set_by_id,
                   round((500 + random() * 4500)::numeric, 2),
                   (ARRAY['WON', 'WON', 'WON', 'WON', 'DEPOSIT', 'RECURRING'])[1 + floor(random() * 6)::int],
                   (c.start_at AT TIME ZONE 'Europe/Berlin')::date + floor(random() * 3)::int, false, now()
            FROM outcome o JOIN call c ON c.id = o.call_id
            WHERE o.workspace_id = ? AND o.result = 'SALE'""";
    private static final String LEADS = """
            INSERT INTO lead_fact (lead_id, workspace_id, email, event_type_id, utm_source, status, status_at, captured_at)
            SELECT gen_random_uuid(), ?, 'lead' || x.g || '@bench.example', t.a[1 + floor(random() * 4)::int],
                   (ARRAY['google', 'facebook', 'linkedin', 'newsletter', 'partner', NULL])[1 + floor(random() * 6)::int],
                   (ARRAY['POTENTIAL', 'QUALIFIED', 'QUALIFIED', 'DISQUALIFIED'])[1 + floor(random() * 4)::int],
                   x.at, x.at
            FROM (SELECT g, now() - random() * interval '730 days' AS at FROM generate_series(1, ?) g) x,
                 (SELECT array_agg(id ORDER BY name) a FROM known_event_type WHERE workspace_id = ?) t""";

    private BenchData() {
    }

    /** Returns the number of rows loaded per table, for the record. */
    public static String load(DataSource dataSource, UUID workspaceId, int calls, int leads) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("SELECT setseed(0.42)");
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO known_workspace (id, name, slug, currency, "
                    + "time_zone, plan, speed_to_lead_sla_minutes, updated_at) VALUES (?, 'Bench', ?, 'EUR', ?, "
                    + "'ENTERPRISE', 5, now())")) {
                p.setObject(1, workspaceId);
                p.setString(2, "bench-" + workspaceId.toString().substring(0, 8));
                p.setString(3, ZONE);
                p.executeUpdate();
            }
            run(db, USERS, workspaceId, ZONE);
            run(db, EVENT_TYPES, workspaceId);
            int loadedCalls = run(db, CALLS, workspaceId, calls, workspaceId, workspaceId, workspaceId);
            int outcomes = run(db, OUTCOMES, workspaceId);
            int deals = run(db, DEALS, workspaceId);
            int loadedLeads = run(db, LEADS, workspaceId, leads, workspaceId);
            return loadedCalls + " calls, " + outcomes + " outcomes, " + deals + " deals, " + loadedLeads + " leads";
        }
    }

    /** VACUUM ANALYZE: fresh statistics and visibility maps, as autovacuum would give a real database. */
    public static void analyze(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement()) {
            db.setAutoCommit(true);
            for (String table : new String[]{"call", "outcome", "deal_fact", "lead_fact", "analytics_day"}) {
                s.execute("VACUUM ANALYZE " + table);
            }
        }
    }

    private static int run(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            return p.executeUpdate();
        }
    }
}
