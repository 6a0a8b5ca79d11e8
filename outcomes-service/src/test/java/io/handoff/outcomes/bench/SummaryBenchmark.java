package io.handoff.outcomes.bench;

import io.handoff.outcomes.analytics.AnalyticsRange;
import io.handoff.outcomes.analytics.AnalyticsRollup;
import io.handoff.outcomes.analytics.AnalyticsService;
import io.handoff.outcomes.analytics.Dimension;
import io.handoff.outcomes.analytics.SetterPerformanceService;
import io.handoff.outcomes.analytics.SummaryView;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Not a test: a benchmark, run only with {@code -Pbench}. Loads 1,000,000 calls with outcomes and deals (and
 * 500,000 leads) for one workspace straight into the embedded PostgreSQL, builds the daily rollup through the
 * service, and times the summary grouped by closer for 90-day ranges through the service layer (the same code
 * and SQL as GET /analytics/summary, without HTTP). Prints the timings and writes them to
 * target/bench/summary.txt.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class SummaryBenchmark {

    private static final int CALLS = Integer.getInteger("bench.calls", 1_000_000);
    private static final int LEADS = Integer.getInteger("bench.leads", 500_000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    private static final int RUNS = Integer.getInteger("bench.runs", 1_000);

    @Inject
    DataSource dataSource;
    @Inject
    AnalyticsRollup rollup;
    @Inject
    AnalyticsService analytics;
    @Inject
    SetterPerformanceService setters;

    @Test
    void timeTheSummaryGroupedByCloserOverNinetyDays() throws Throwable {
        UUID workspaceId = UUID.randomUUID();
        List<String> report = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println("[bench] " + line);
                return super.add(line);
            }
        };
        report.add("Summary benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + System.getProperty("java.version"));

        long t0 = System.nanoTime();
        report.add("loaded " + BenchData.load(dataSource, workspaceId, CALLS, LEADS) + " in " + seconds(t0));
        long t1 = System.nanoTime();
        await(() -> Panache.withTransaction(() -> rollup.lock(workspaceId).chain(() -> rollup.rebuild(workspaceId))));
        report.add("daily rollup built through the service in " + seconds(t1));
        BenchData.analyze(dataSource);

        LocalDate today = LocalDate.now(ZoneId.of(BenchData.ZONE));
        AnalyticsRange settled = new AnalyticsRange(today.minusDays(120), today.minusDays(31));
        AnalyticsRange recent = new AnalyticsRange(today.minusDays(89), today);
        SummaryView sample = await(() -> summary(workspaceId, settled, Dimension.CLOSER));
        report.add("90 settled days: " + sample.total().callsBooked() + " calls, " + sample.groups().size()
                + " groups, revenue " + sample.total().revenue());

        report.add(time("summary by closer, 90 settled days (rollup only)",
                () -> summary(workspaceId, settled, Dimension.CLOSER)));
        report.add(time("summary by closer, last 90 days incl. today (rollup + live tail)",
                () -> summary(workspaceId, recent, Dimension.CLOSER)));
        report.add(time("summary by UTM source, last 90 days", () -> summary(workspaceId, recent, Dimension.UTM_SOURCE)));
        report.add(time("summary without grouping, last 365 days",
                () -> summary(workspaceId, new AnalyticsRange(today.minusDays(364), today), null)));
        report.add(time("setters (speed-to-lead from raw facts), last 90 days",
                () -> Panache.withSession(() -> setters.listSetters(workspaceId, recent))));

        Path out = Path.of("target", "bench", "summary.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private Uni<SummaryView> summary(UUID workspaceId, AnalyticsRange range, Dimension groupBy) {
        return Panache.withSession(() -> analytics.summarize(workspaceId, range, groupBy));
    }

    /** Warm-up, then {@link #RUNS} sequential calls; percentiles by nearest rank. */
    private static String time(String what, Supplier<Uni<?>> call) throws Throwable {
        Supplier<Uni<Void>> done = () -> call.get().replaceWithVoid();
        for (int i = 0; i < WARM_UP; i++) {
            await(done);
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            await(done);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("%-66s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%d runs)", what,
                ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, RUNS);
    }

    private static double ms(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile * sorted.length) - 1;
        return sorted[Math.max(rank, 0)] / 1e6;
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }

    private static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }
}
