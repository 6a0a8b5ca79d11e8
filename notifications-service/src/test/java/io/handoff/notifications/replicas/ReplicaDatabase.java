package io.handoff.notifications.replicas;

import io.handoff.testing.TestInfrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The database both replicas share: a fresh one on the test JVM's PostgreSQL. Each replica connects under
 * its own application_name, and a work log (triggers the test adds, not part of the service) records which
 * replica's transaction consumed an event, claimed or attempted a delivery, claimed or sent a notification,
 * or relayed an outbox event.
 */
final class ReplicaDatabase {

    private static final String WORK_LOG = """
            create table replica_work (
                kind    text        not null,
                ref     text        not null,
                detail  text,
                replica text        not null,
                at      timestamptz not null default clock_timestamp()
            );
            -- Arguments: the kind of work, then the columns that name the row (ref) and describe it (detail).
            create function replica_work_log() returns trigger language plpgsql as $$
            declare
                changed jsonb;
            begin
                if tg_op = 'DELETE' then
                    changed := to_jsonb(old);
                else
                    changed := to_jsonb(new);
                end if;
                insert into replica_work (kind, ref, detail, replica)
                values (tg_argv[0], changed ->> tg_argv[1], changed ->> tg_argv[2],
                        current_setting('application_name'));
                return null;
            end $$;
            create trigger work_consumed after insert on inbox_event
                for each row execute function replica_work_log('consumed', 'event_id', 'type');
            create trigger work_delivery_claimed after update on webhook_delivery
                for each row when (new.lease_id is not null and new.lease_id is distinct from old.lease_id)
                execute function replica_work_log('delivery-claimed', 'id', 'endpoint_id');
            create trigger work_delivery_attempted after insert on webhook_delivery_attempt
                for each row execute function replica_work_log('delivery-attempted', 'delivery_id', 'http_status');
            create trigger work_notification_claimed after update on scheduled_notification
                for each row when (new.lease_id is not null and new.lease_id is distinct from old.lease_id)
                execute function replica_work_log('notification-claimed', 'id', 'kind');
            create trigger work_notification_sent after update on scheduled_notification
                for each row when (new.status = 'SENT' and old.status <> 'SENT')
                execute function replica_work_log('notification-sent', 'id', 'kind');
            create trigger work_relayed after delete on outbox_event
                for each row execute function replica_work_log('relayed', 'id', 'type');
            """;

    private final String name;

    private ReplicaDatabase(String name) {
        this.name = name;
    }

    /** Creates the database (dropping a leftover of an earlier run); the first replica migrates it. */
    static ReplicaDatabase create(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.get().jdbcUrl(), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
        return new ReplicaDatabase(name);
    }

    String jdbcUrl(String applicationName) {
        return base("jdbc:postgresql") + "?ApplicationName=" + applicationName;
    }

    String reactiveUrl(String applicationName) {
        return base("postgresql") + "?application_name=" + applicationName;
    }

    private String base(String scheme) {
        String url = TestInfrastructure.get().reactiveUrl();
        return scheme + url.substring(url.indexOf("://"), url.lastIndexOf('/') + 1) + name;
    }

    /** Adds the work log; call once the schema is migrated and before any work is given. */
    void installWorkLog() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(WORK_LOG);
        }
    }

    /** How much work of this kind (and detail, unless null) each replica's transactions did, by replica name. */
    Map<String, Long> workByReplica(String kind, String detail) throws SQLException {
        Map<String, Long> byReplica = new TreeMap<>();
        for (List<Object> row : rows("select replica, count(*) from replica_work where kind = ?"
                + " and (cast(? as text) is null or detail = ?) group by replica", kind, detail, detail)) {
            byReplica.put((String) row.get(0), (Long) row.get(1));
        }
        return byReplica;
    }

    /** The replicas' sessions that are not idle: what each runs, how long, and what it waits for. */
    String activity() throws SQLException {
        return rows("select application_name, state, wait_event_type, wait_event,"
                + " round(extract(epoch from now() - xact_start)), left(query, 120) from pg_stat_activity"
                + " where datname = ? and state <> 'idle' and application_name like 'replica-%'", name).toString();
    }

    long count(String sql, Object... params) throws SQLException {
        return (Long) rows(sql, params).get(0).get(0);
    }

    List<List<Object>> rows(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<List<Object>> result = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rows.getObject(i));
                    }
                    result.add(row);
                }
            }
            return result;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("replicas-test"), "postgres", "postgres");
    }
}
