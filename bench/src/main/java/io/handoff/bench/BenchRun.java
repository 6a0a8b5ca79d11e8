package io.handoff.bench;

import io.handoff.bench.baseline.BrokerCeiling;
import io.handoff.bench.baseline.DatabaseCeiling;
import io.handoff.bench.baseline.PgBench;
import io.handoff.bench.baseline.ProducerPerformance;
import io.handoff.bench.footprint.CpuMeter;
import io.handoff.bench.footprint.CpuUse;
import io.handoff.bench.footprint.MemorySampler;
import io.handoff.bench.footprint.ServiceFootprint;
import io.handoff.bench.footprint.StartUps;
import io.handoff.bench.footprint.ThreadCpu;
import io.handoff.bench.load.JsonHttp;
import io.handoff.bench.profile.JfrProfiles;
import io.handoff.bench.profile.ScenarioWindows;
import io.handoff.bench.report.BenchResults;
import io.handoff.bench.report.Machine;
import io.handoff.bench.scenario.AnalyticsData;
import io.handoff.bench.scenario.ApprovalToWebhook;
import io.handoff.bench.scenario.BenchTeam;
import io.handoff.bench.scenario.LeadCapture;
import io.handoff.bench.scenario.SteadyReads;
import io.handoff.launcher.demo.ApiClient;
import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.platform.Progress;
import io.handoff.launcher.token.DevKeys;
import io.handoff.launcher.token.DevTokens;
import io.handoff.outcomes.bench.BenchData;
import org.apache.kafka.common.utils.AppInfoParser;

import java.io.File;
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

/**
 * One benchmark run on a started infrastructure, in the order that keeps the figures apart: the ceilings before any
 * service takes CPU, the services' start-ups one at a time, then the scenarios, each measured after its warm-up.
 */
final class BenchRun {

    private final BenchPlatform bench;
    private final BenchSettings settings;
    private final Path project;
    private final PlatformConfig config;
    private final Progress log;
    private final JsonHttp http = new JsonHttp(Duration.ofMinutes(10));

    private final ScenarioWindows windows;

    BenchRun(BenchPlatform bench, BenchSettings settings, Path project, Progress log, ScenarioWindows windows) {
        this.bench = bench;
        this.windows = windows;
        this.settings = settings;
        this.project = project;
        this.config = bench.config();
        this.log = log;
    }

    BenchResults measure(Instant startedAt, String loadBefore) throws Exception {
        bench.platform().startInfrastructure(log);
        DatabaseCeiling database = databaseCeiling();
        BrokerCeiling broker = ProducerPerformance.run(config, settings.producerRecords(), toolClasspath());
        log.report(String.format("broker ceiling: %.0f records/s", broker.recordsPerSecond()));

        DevKeys.loadOrCreate(config.layout().keys());
        DevTokens tokens = bench.tokens();
        // As ./handoff up does after a build: the start-ups below are a deployed service's, not a first run's.
        bench.platform().trainStartUpCaches(log);
        List<ServiceFootprint> services = StartUps.idle(
                StartUps.startOneByOne(bench.platform().services(), log), settings.idleWait());
        try (MemorySampler memory = new MemorySampler(() -> List.copyOf(bench.processes().values()))) {
            long idlePlatform = memory.current();
            CpuMeter cpu = new CpuMeter(bench::processesWithLoadGenerator);
            windows.open("idle platform");
            CpuUse idle = idleCpu(cpu);
            windows.close();
            Duration together = StartUps.startTogether(bench.platform().services(), log,
                    () -> JfrProfiles.keepEarlierRecordings(bench.profiles()));
            // Past its saturation the lead capture leaves minutes of consumer backlog behind (the run of 2026-12-03,
            // 00:47, stopped when a slot query of the approvals' set-up waited 120 s behind it): the set-up waits.
            ApiClient api = new ApiClient(Duration.ofMinutes(10), log);
            BenchTeam.ServiceUrls urls = (service, path) -> bench.url(service, "/api/v1" + path);
            BenchTeam team = BenchTeam.open(api, tokens, urls);
            log.report("team ready: workspace " + team.slug);

            windows.open("1. lead capture (warm-up and steps)");
            LeadCapture.Result leads = new LeadCapture(http, path -> urls.api("scheduling-service", "/public/"
                    + team.slug + "/event-types/" + team.discoveryId + path), config.kafkaBootstrap(),
                    config.service("contacts-service").topic(), cpu, log)
                    .run(settings.leadRates(), settings.step(), settings.leadWarmUpRate(), settings.leadWarmUp());
            windows.open("2. approvals (warm-up, load and backlog)");
            ApprovalToWebhook.Result approvals = new ApprovalToWebhook(http, api, team, urls, cpu, log)
                    .run(settings.approvalWarmUpRate(), settings.approvalWarmUp(), settings.approvalRate(),
                            settings.approvalLength());
            // The consumers may still be working off the approvals' backlog: let it clear before timing reads.
            Thread.sleep(settings.settle().toMillis());
            windows.open("3. slot search");
            SteadyReads.Result slots = slotSearch(cpu, urls, team);
            windows.close();
            AnalyticsData.Loaded data = AnalyticsData.load(config, tokens, http,
                    bench.url("outcomes-service", ""), settings.analyticsCalls(), settings.analyticsLeads(), log);
            LocalDate today = LocalDate.now(ZoneId.of(BenchData.ZONE));
            windows.open("4. analytics summary");
            SteadyReads.Result recent = summary(cpu, urls, data, "last 90 days", today.minusDays(89), today);
            SteadyReads.Result settled = summary(cpu, urls, data, "90 settled days", today.minusDays(120),
                    today.minusDays(31));
            windows.close();

            Machine machine = Machine.read(postgresVersion(), AppInfoParser.getVersion(),
                    Machine.quarkus(project.resolve("contacts-service/target/quarkus-app/lib/main")), loadBefore);
            return new BenchResults(machine, startedAt, Duration.between(startedAt, Instant.now()), database, broker,
                    services, together, idle, settings.idleWait(), idlePlatform, memory.peakBytes(), leads, approvals, slots, settings.slotRate(), data,
                    recent, settled, settings.analyticsRate());
        }
    }

    /**
     * What the platform's processes spend doing nothing, over one idle wait, the load generator left out. The
     * window opens two more idle waits after the footprint was read (a minute after the last start-up in the full
     * run): right after start-up the JIT is still compiling what start-up made hot and the consumers are joining
     * their groups, which is start-up's cost, not idling's.
     */
    private CpuUse idleCpu(CpuMeter cpu) throws InterruptedException {
        Thread.sleep(settings.idleWait().multipliedBy(2).toMillis());
        CpuMeter.Snapshot before = cpu.snapshot();
        var threadsBefore = ThreadCpu.snapshot(bench.processes());
        Thread.sleep(settings.idleWait().toMillis());
        var threads = ThreadCpu.since(threadsBefore, ThreadCpu.snapshot(bench.processes()));
        CpuUse idle = cpu.snapshot().since(before).withThreads(threads).without(BenchPlatform.LOAD_GENERATOR);
        log.report(String.format("idle platform: %.1f ms of CPU per second",
                idle.total().toNanos() / 1e6 / settings.idleWait().toSeconds()));
        return idle;
    }

    /** None when this machine has no pgbench: the report says so, and the ratio target is not met. */
    private DatabaseCeiling databaseCeiling() throws Exception {
        var pgbench = PgBench.find();
        if (pgbench.isEmpty()) {
            log.report("pgbench not found: no database ceiling (Debian: apt install postgresql-client)");
            return null;
        }
        DatabaseCeiling ceiling = PgBench.run(pgbench.get(), config, settings.pgbenchClients(),
                settings.pgbenchSeconds(), project.resolve("bench/target"));
        log.report(String.format("database ceiling: %.0f transactions/s", ceiling.transactionsPerSecond()));
        return ceiling;
    }

    private SteadyReads.Result slotSearch(CpuMeter cpu, BenchTeam.ServiceUrls urls, BenchTeam team) {
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        String url = urls.api("scheduling-service", "/event-types/" + team.strategyId + "/slots?from=" + today
                + "&to=" + today.plusDays(29) + "&timeZone=Europe/Berlin");
        SteadyReads.Result slots = SteadyReads.measure(http, cpu, "slot search", url, team.adminToken,
                settings.slotRate(), settings.readWarmUp(), settings.readLength());
        log.report(String.format("slot search: p50 %.1f ms, p99 %.1f ms", slots.load().p50Millis(),
                slots.load().p99Millis()));
        return slots;
    }

    private SteadyReads.Result summary(CpuMeter cpu, BenchTeam.ServiceUrls urls, AnalyticsData.Loaded data,
                                       String name, LocalDate from, LocalDate to) {
        String url = urls.api("outcomes-service", "/analytics/summary?groupBy=closer&from=" + from + "&to=" + to);
        SteadyReads.Result summary = SteadyReads.measure(http, cpu, "analytics, " + name, url, data.adminToken(),
                settings.analyticsRate(), settings.readWarmUp(), settings.readLength());
        log.report(String.format("analytics summary, %s: p50 %.1f ms, p99 %.1f ms", name,
                summary.load().p50Millis(), summary.load().p99Millis()));
        return summary;
    }

    /** Our own jar's lib/ folder: kafka-tools and its dependencies, for ProducerPerformance's JVM. */
    private static String toolClasspath() throws Exception {
        Path location = Path.of(BenchRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path lib = location.getParent().resolve("lib");
        return Files.isDirectory(lib) ? lib.resolve("*") + File.pathSeparator + location
                : System.getProperty("java.class.path");
    }

    private String postgresVersion() throws Exception {
        try (Connection db = DriverManager.getConnection(config.jdbcUrl("postgres"), PlatformConfig.DATABASE_USER,
                PlatformConfig.DATABASE_PASSWORD); ResultSet version = db.createStatement()
                .executeQuery("SHOW server_version")) {
            version.next();
            return version.getString(1);
        }
    }
}
