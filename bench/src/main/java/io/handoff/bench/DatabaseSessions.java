package io.handoff.bench;

import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.platform.Progress;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What PostgreSQL's sessions were doing when a run failed: per database, how many sessions were in which state
 * and what they waited for, with the longest wait and its statement. A service that answers nothing for minutes
 * (the run of 2026-12-04, 02:37) is told apart this way: its pool's connections busy in PostgreSQL, idle in a
 * transaction nobody finishes, or idle while the service still finds none free.
 */
final class DatabaseSessions {

    private static final String BY_STATE = "select datname, coalesce(state, '-'), coalesce(wait_event_type, '-'),"
            + " count(*), max(now() - state_change)::text, left(max(query), 120) from pg_stat_activity"
            + " where backend_type = 'client backend' and pid <> pg_backend_pid()"
            + " group by 1, 2, 3 order by 1, 2, 3";

    private DatabaseSessions() {
    }

    static void report(PlatformConfig config, Progress log) {
        try (Connection db = DriverManager.getConnection(config.jdbcUrl("postgres"), PlatformConfig.DATABASE_USER,
                PlatformConfig.DATABASE_PASSWORD);
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(BY_STATE)) {
            log.report("database sessions at the failure (database, state, waiting on, sessions, longest, query):");
            while (rows.next()) {
                log.report(String.format("  %-14s %-20s %-10s %3d  %s  %s", rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getInt(4), rows.getString(5), rows.getString(6)));
            }
        } catch (SQLException e) {
            log.report("database sessions unknown: " + e.getMessage());
        }
    }
}
