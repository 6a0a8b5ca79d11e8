package io.handoff.bench.report;

import io.handoff.bench.baseline.BrokerCeiling;
import io.handoff.bench.baseline.DatabaseCeiling;
import io.handoff.bench.footprint.CpuUse;
import io.handoff.bench.footprint.ServiceFootprint;
import io.handoff.bench.load.LoadResult;
import io.handoff.bench.scenario.AnalyticsData;
import io.handoff.bench.scenario.ApprovalToWebhook;
import io.handoff.bench.scenario.LeadCapture;
import io.handoff.bench.scenario.SteadyReads;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run with figures chosen by hand, some targets met and some not. */
final class SampleResults {

    private SampleResults() {
    }

    static BenchResults withDatabaseCeiling(DatabaseCeiling database) {
        Machine machine = new Machine(2, 24L << 30, "Test CPU", "Linux 6.1", "OpenJDK 17.0.15", "17.11", "4.1.2",
                "3.33.2", "0.10 0.20 0.30", "3.50 2.10 1.00");
        LeadCapture.Result leads = new LeadCapture.Result(List.of(
                new LeadCapture.Step(load("lead 50/s", 50, 1000, 0, 20_000, 60_000), millis(120, 400), 1000,
                        CpuUse.NONE),
                new LeadCapture.Step(load("lead 100/s", 100, 2000, 0, 30_000, 90_000), millis(150, 700), 2000,
                        cpu(4000, 6000)),
                new LeadCapture.Step(load("lead 200/s", 200, 4000, 3, 400_000, 900_000), millis(2000, 4000), 3997,
                        CpuUse.NONE)),
                100);
        ApprovalToWebhook.Result approvals = new ApprovalToWebhook.Result(
                load("approvals", 50, 1000, 0, 15_000, 45_000), millis(60, 85), 1000, 50, cpu(10_000, 20_000));
        return new BenchResults(machine, Instant.parse("2026-12-02T06:00:00Z"), Duration.ofMinutes(14), database,
                new BrokerCeiling(500_000, 512, 16124.3, 7.87, 1802.2, 2280), List.of(
                        new ServiceFootprint("contacts-service", Duration.ofMillis(2500), 180L << 20),
                        new ServiceFootprint("deals-service", Duration.ofMillis(9500), 260L << 20)),
                Duration.ofSeconds(15), idleCpu(), Duration.ofSeconds(30), 900L << 20, 1800L << 20, leads, approvals, reads(load("slots", 20, 600, 0, 12_000, 35_000)), 20,
                new AnalyticsData.Loaded("token", "1000000 calls", 60, 40),
                reads(load("recent", 20, 600, 0, 20_000, 45_000)), reads(load("settled", 20, 600, 0, 9_000, 17_000)),
                20);
    }

    /** A run whose p50 and p99 (microseconds) are the given ones. */
    static LoadResult load(String name, double rate, long succeeded, long failed, long p50Micros, long p99Micros) {
        Histogram h = new Histogram(60_000_000L, 3);
        for (long i = 0; i < succeeded; i++) {
            h.recordValue(i < succeeded * 0.98 ? p50Micros : p99Micros);
        }
        return new LoadResult(name, rate, succeeded + failed, succeeded, failed,
                Duration.ofMillis((long) (1000 * (succeeded + failed) / rate)), h);
    }

    static SteadyReads.Result reads(LoadResult load) {
        return new SteadyReads.Result(load, cpu(600, 1200));
    }

    /** 0.6 s in 30 s, with contacts-service's threads: its event loop and its Kafka poll loop. */
    static CpuUse idleCpu() {
        return cpu(300, 300).withThreads(Map.of("contacts-service", Map.of("vert.x-eventloo", Duration.ofMillis(150),
                "vert.x-kafka-co", Duration.ofMillis(90), "VM Thread", Duration.ofMillis(60))));
    }

    /** CPU spent by contacts-service and scheduling-service, in milliseconds. */
    static CpuUse cpu(long contactsMillis, long schedulingMillis) {
        Map<String, Duration> spent = new LinkedHashMap<>();
        spent.put("contacts-service", Duration.ofMillis(contactsMillis));
        spent.put("scheduling-service", Duration.ofMillis(schedulingMillis));
        return new CpuUse(spent);
    }

    private static Histogram millis(long p50, long p99) {
        Histogram h = new Histogram(300_000_000L, 3);
        for (int i = 0; i < 100; i++) {
            h.recordValue((i < 98 ? p50 : p99) * 1000);
        }
        return h;
    }
}
