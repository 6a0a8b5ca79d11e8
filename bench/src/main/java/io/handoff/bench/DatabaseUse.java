package io.handoff.bench;

import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.platform.Progress;
import io.handoff.launcher.platform.ServiceDefinition;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * How the databases' connections were used when a run failed: PostgreSQL's sessions per database, state and wait
 * (with the longest time in that state and one of their statements), and each service's own pool gauges. A service that answers nothing for
 * minutes (the run of 2026-12-04, 02:37) is told apart this way: its pool's connections busy in PostgreSQL, idle in
 * a transaction nobody finishes, or idle in PostgreSQL while the service's pool counts them in use.
 */
final class DatabaseUse {

    private static final String BY_STATE = "select datname, coalesce(state, '-'), coalesce(wait_event_type, '-'),"
            + " count(*), max(now() - state_change)::text, left(max(query), 120) from pg_stat_activity"
            + " where backend_type = 'client backend' and pid <> pg_backend_pid()"
            + " group by 1, 2, 3 order by 1, 2, 3";

    private DatabaseUse() {
    }

    static void report(BenchPlatform bench, Progress log) {
        sessions(bench.config(), log);
        for (ServiceDefinition service : bench.config().services()) {
            poolGauges(service.name(), bench.url(service.name(), "/q/metrics"), log);
        }
    }

    private static void sessions(PlatformConfig config, Progress log) {
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

    private static void poolGauges(String service, String metricsUrl, Progress log) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(metricsUrl)).timeout(Duration.ofSeconds(10)).build();
        try {
            String metrics = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
            log.report(service + "'s pool:");
            metrics.lines().filter(line -> line.startsWith("sql_pool_") || line.startsWith("postgresql_")).forEach(line -> log.report("  " + line));
        } catch (IOException e) {
            log.report(service + "'s pool unknown: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
