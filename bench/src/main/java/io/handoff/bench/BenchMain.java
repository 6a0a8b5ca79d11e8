package io.handoff.bench;

import io.handoff.bench.baseline.BrokerCeiling;
import io.handoff.bench.baseline.DatabaseCeiling;
import io.handoff.bench.baseline.PgBench;
import io.handoff.bench.baseline.ProducerPerformance;
import io.handoff.bench.footprint.MemorySampler;
import io.handoff.bench.footprint.ServiceFootprint;
import io.handoff.bench.footprint.StartUps;
import io.handoff.bench.load.JsonHttp;
import io.handoff.bench.load.LoadResult;
import io.handoff.bench.report.BenchResults;
import io.handoff.bench.report.Chart;
import io.handoff.bench.report.Machine;
import io.handoff.bench.report.MarkdownReport;
import io.handoff.bench.scenario.AnalyticsData;
import io.handoff.bench.scenario.ApprovalToWebhook;
import io.handoff.bench.scenario.BenchTeam;
import io.handoff.bench.scenario.LeadCapture;
import io.handoff.bench.scenario.SteadyReads;
import io.handoff.launcher.demo.ApiClient;
import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.platform.Progress;
import io.handoff.launcher.platform.ServiceProcess;
import org.apache.kafka.common.utils.AppInfoParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code ./handoff bench}: starts the platform on its own ports, measures the database and broker ceilings before
 * the services take any CPU, starts the services one by one for their start-up times, runs the four load
 * scenarios, and writes {@code bench/results/latest.md} and {@code latest.png} (plus a dated copy of the report).
 */
public final class BenchMain {

    private static final Progress LOG = message -> System.out.println("[bench] " + message);

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromArguments(args);
        Path project = Path.of(System.getProperty("handoff.project", ".")).toAbsolutePath().normalize();
        Path results = project.resolve("bench/results");
        Files.createDirectories(results);
        Instant startedAt = Instant.now();
        String loadBefore = Machine.loadAverage();
        BenchResults measured;
        try (BenchPlatform bench = BenchPlatform.create(project, project.resolve("bench/target/bench-platform"), LOG)) {
            measured = measure(bench, settings, project, startedAt, loadBefore);
        }
        String report = MarkdownReport.render(measured, "latest.png");
        if (settings.smokeRun()) {
            report = report.replaceFirst("\n", "\n\n**Smoke run (`--quick`): short steps and 50,000 calls; these"
                    + " figures are not the benchmark's.**\n");
        }
        Files.writeString(results.resolve("latest.md"), report);
        Files.writeString(results.resolve(LocalDate.now(ZoneId.of("UTC")) + (settings.smokeRun() ? "-quick" : "")
                + ".md"), report);
        Chart.write(measured, results.resolve("latest.png"));
        LOG.report("report: " + results.resolve("latest.md"));
        measured.targets().forEach(t -> LOG.report((t.met() ? "met     " : "not met ") + t.name()));
    }

    private static BenchResults measure(BenchPlatform bench, BenchSettings settings, Path project, Instant startedAt,
                                        String loadBefore) throws Exception {
        PlatformConfig config = bench.config();
        bench.platform().startInfrastructure(LOG);

        DatabaseCeiling database = null;
        var pgbench = PgBench.find();
        if (pgbench.isPresent()) {
            database = PgBench.run(pgbench.get(), config, settings.pgbenchClients(), settings.pgbenchSeconds(),
                    project.resolve("bench/target"));
            LOG.report(String.format("database ceiling: %.0f transactions/s", database.transactionsPerSecond()));
        } else {
            LOG.report("pgbench not found: no database ceiling (Debian: apt install postgresql-client)");
        }
        BrokerCeiling broker = ProducerPerformance.run(config, settings.producerRecords(), toolClasspath());
        LOG.report(String.format("broker ceiling: %.0f records/s", broker.recordsPerSecond()));

        io.handoff.launcher.token.DevKeys.loadOrCreate(config.layout().keys());
        Map<ServiceProcess, Duration> startUps = StartUps.startOneByOne(bench.platform().services(), LOG);
        List<ServiceFootprint> services = StartUps.idle(startUps, settings.idleWait());
        try (MemorySampler memory = new MemorySampler(bench::processes)) {
            long idlePlatform = memory.current();
            JsonHttp http = new JsonHttp(Duration.ofMinutes(10));
            ApiClient api = new ApiClient(Duration.ofSeconds(120), LOG);
            BenchTeam.ServiceUrls urls = (service, path) -> bench.url(service, "/api/v1" + path);
            BenchTeam team = BenchTeam.open(api, bench.tokens(), urls);
            LOG.report("team ready: workspace " + team.slug);

            LeadCapture.Result leads = new LeadCapture(http, path -> urls.api("scheduling-service", "/public/"
                    + team.slug + "/event-types/" + team.discoveryId + path), config.kafkaBootstrap(), config.service("contacts-service").topic(),
                    LOG).run(settings.leadRates(), settings.step(), settings.warmUp());
            ApprovalToWebhook.Result approvals = new ApprovalToWebhook(http, api, team, urls, LOG)
                    .run(settings.approvalRate(), settings.approvalWarmUp(), settings.approvalLength());

            LocalDate today = LocalDate.now(ZoneId.of("UTC"));
            LoadResult slots = SteadyReads.measure(http, "slot search", urls.api("scheduling-service",
                    "/event-types/" + team.strategyId + "/slots?from=" + today + "&to=" + today.plusDays(29)
                            + "&timeZone=Europe/Berlin"), team.adminToken, settings.slotRate(), settings.warmUp(),
                    settings.readLength());
            LOG.report(String.format("slot search: p50 %.1f ms, p99 %.1f ms", slots.p50Millis(), slots.p99Millis()));

            AnalyticsData.Loaded data = AnalyticsData.load(config, bench.tokens(), http,
                    bench.url("outcomes-service", ""), settings.analyticsCalls(), settings.analyticsLeads(), LOG);
            LocalDate berlin = LocalDate.now(ZoneId.of(io.handoff.outcomes.bench.BenchData.ZONE));
            LoadResult recent = SteadyReads.measure(http, "analytics, last 90 days", urls.api("outcomes-service",
                    "/analytics/summary?groupBy=closer&from=" + berlin.minusDays(89) + "&to=" + berlin),
                    data.adminToken(), settings.analyticsRate(), settings.warmUp(), settings.readLength());
            LoadResult settled = SteadyReads.measure(http, "analytics, 90 settled days", urls.api("outcomes-service",
                    "/analytics/summary?groupBy=closer&from=" + berlin.minusDays(120) + "&to=" + berlin.minusDays(31)),
                    data.adminToken(), settings.analyticsRate(), settings.warmUp(), settings.readLength());
            LOG.report(String.format("analytics summary: p99 %.1f ms (incl. today), %.1f ms (settled)",
                    recent.p99Millis(), settled.p99Millis()));

            Machine machine = Machine.read(postgresVersion(config), AppInfoParser.getVersion(),
                    Machine.quarkus(project.resolve("contacts-service/target/quarkus-app/lib/main")), loadBefore);
            return new BenchResults(machine, startedAt, Duration.between(startedAt, Instant.now()), database, broker,
                    services, idlePlatform, memory.peakBytes(), leads, approvals, slots, settings.slotRate(), data,
                    recent, settled, settings.analyticsRate());
        }
    }

    /** Our own jar's lib/ folder: kafka-tools and its dependencies, for ProducerPerformance's JVM. */
    private static String toolClasspath() throws Exception {
        Path location = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path lib = location.getParent().resolve("lib");
        return Files.isDirectory(lib) ? lib.resolve("*") + java.io.File.pathSeparator + location
                : System.getProperty("java.class.path");
    }

    private static String postgresVersion(PlatformConfig config) throws Exception {
        try (Connection db = DriverManager.getConnection(config.jdbcUrl("postgres"), PlatformConfig.DATABASE_USER,
                PlatformConfig.DATABASE_PASSWORD); ResultSet version = db.createStatement()
                .executeQuery("SHOW server_version")) {
            version.next();
            return version.getString(1);
        }
    }
}
