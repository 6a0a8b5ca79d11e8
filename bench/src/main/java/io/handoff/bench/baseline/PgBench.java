package io.handoff.bench.baseline;

import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.platform.PostgresDatabases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs pgbench against the platform's PostgreSQL in a database of its own, with a script that writes what one lead
 * capture writes at the least: the lead row and its outbox row (a CloudEvent of about 500 bytes) in one transaction.
 */
public final class PgBench {

    public static final String DATABASE = "bench";

    private static final String TABLES = """
            CREATE TABLE IF NOT EXISTS bench_lead (
                id uuid PRIMARY KEY, workspace_id uuid NOT NULL, event_type_id uuid NOT NULL, email text NOT NULL,
                name text NOT NULL, status text NOT NULL, answers jsonb NOT NULL, captured_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS bench_lead_email ON bench_lead (workspace_id, email);
            CREATE TABLE IF NOT EXISTS bench_outbox (
                seq bigserial PRIMARY KEY, id uuid NOT NULL, topic text NOT NULL, key text NOT NULL,
                payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
            TRUNCATE bench_lead, bench_outbox""";

    static final String SCRIPT = """
            \\set n random(1, 2000000000)
            BEGIN;
            INSERT INTO bench_lead VALUES (gen_random_uuid(), '6f1c1a8e-0b7e-4b8e-9a52-3d1f0c2b7a11', \
            '0d6f3e2a-5c4b-4f1e-8a7d-9b2c1e0f3a44', 'lead' || :n || '@bench.example', 'Bench Lead', 'QUALIFIED', \
            '{"Monthly budget": "Over $5k"}', now());
            INSERT INTO bench_outbox (id, topic, key, payload) VALUES (gen_random_uuid(), 'handoff.scheduling', \
            'lead-' || :n, '{"specversion": "1.0", "id": "3b0e9f7c-8a1d-4c2e-b5f6-7d8e9a0b1c2d", \
            "source": "/handoff/scheduling-service", "type": "lead.captured.v1", "time": "2026-12-02T06:00:00Z", \
            "subject": "lead", "datacontenttype": "application/json", \
            "workspace": "6f1c1a8e-0b7e-4b8e-9a52-3d1f0c2b7a11", \
            "data": {"leadId": "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", \
            "eventTypeId": "0d6f3e2a-5c4b-4f1e-8a7d-9b2c1e0f3a44", "email": "lead@bench.example", \
            "name": "Bench Lead", "timeZone": "Europe/Berlin", "status": "QUALIFIED", \
            "answers": {"Monthly budget": "Over $5k"}, "utm": {"source": "google", "medium": "cpc"}}}');
            COMMIT;
            """;

    private PgBench() {
    }

    /** pgbench from the PATH or from Debian's PostgreSQL packages, if this machine has it. */
    public static Optional<Path> find() {
        Stream<Path> candidates = Stream.concat(
                Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).filter(d -> !d.isBlank())
                        .map(dir -> Path.of(dir, "pgbench")),
                debianClients());
        return candidates.filter(Files::isExecutable).findFirst();
    }

    public static DatabaseCeiling run(Path pgbench, PlatformConfig config, int clients, int seconds, Path workDir)
            throws IOException, InterruptedException, SQLException {
        PostgresDatabases.ensure(config, List.of(DATABASE));
        try (Connection db = DriverManager.getConnection(config.jdbcUrl(DATABASE), PlatformConfig.DATABASE_USER,
                PlatformConfig.DATABASE_PASSWORD); Statement statement = db.createStatement()) {
            statement.execute(TABLES);
        }
        Files.createDirectories(workDir);
        Path script = workDir.resolve("lead-capture.sql");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        ProcessBuilder command = new ProcessBuilder(pgbench.toString(), "-h", PlatformConfig.HOST, "-p",
                String.valueOf(config.postgresPort()), "-U", PlatformConfig.DATABASE_USER, "-n", "-M", "prepared",
                "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, cores())), "-T",
                String.valueOf(seconds), "-f", script.toString(), DATABASE);
        command.environment().put("PGPASSWORD", PlatformConfig.DATABASE_PASSWORD);
        String output = Processes.run(command, seconds + 60L);
        return DatabaseCeiling.parse(clients, seconds, output);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static Stream<Path> debianClients() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.sorted(java.util.Comparator.reverseOrder()).map(v -> v.resolve("bin/pgbench")).toList()
                    .stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
