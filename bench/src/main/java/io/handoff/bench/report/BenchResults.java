package io.handoff.bench.report;

import io.handoff.bench.baseline.BrokerCeiling;
import io.handoff.bench.baseline.DatabaseCeiling;
import io.handoff.bench.footprint.ServiceFootprint;
import io.handoff.bench.load.LoadResult;
import io.handoff.bench.scenario.AnalyticsData;
import io.handoff.bench.scenario.ApprovalToWebhook;
import io.handoff.bench.scenario.LeadCapture;
import io.handoff.bench.scenario.SteadyReads;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one run measured. The database ceiling is absent when this machine has no pgbench; then the lead
 * capture ratio cannot be given and its target counts as not met.
 */
public record BenchResults(Machine machine, Instant startedAt, Duration took, DatabaseCeiling database,
                           BrokerCeiling broker, List<ServiceFootprint> services, long idlePlatformBytes,
                           long peakPlatformBytes, LeadCapture.Result leads, ApprovalToWebhook.Result approvals,
                           SteadyReads.Result slots, double slotRate, AnalyticsData.Loaded analyticsData,
                           SteadyReads.Result analyticsRecent, SteadyReads.Result analyticsSettled,
                           double analyticsRate) {

    /** The lead capture's maximum sustained rate over the database ceiling, NaN without a ceiling. */
    public double leadCaptureRatio() {
        return database == null ? Double.NaN : leads.maxSustainedRate() / database.transactionsPerSecond();
    }

    public List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("1. Lead capture: max sustained rate / database ceiling", leadCaptureRatio(), 0.5,
                Target.Direction.AT_LEAST, "ratio"));
        targets.add(new Target("2. Approve → call booked → webhook delivered, p99",
                approvals.toWebhook().getTotalCount() == 0 ? Double.NaN
                        : approvals.toWebhook().getValueAtPercentile(99) / 1000.0,
                ApprovalToWebhook.P99_LIMIT_MILLIS, Target.Direction.BELOW, "ms"));
        targets.add(new Target("3. Slot search, round robin over 20 hosts, 30 days, p99",
                p99IfAllAnswered(slots.load()), 20, Target.Direction.BELOW, "ms"));
        targets.add(new Target("4. Analytics summary over 1,000,000 calls, p99",
                p99IfAllAnswered(analyticsRecent.load()), 50, Target.Direction.BELOW, "ms"));
        for (ServiceFootprint service : services) {
            targets.add(new Target("5. " + service.service() + " start-up to ready", service.startUpSeconds(), 3,
                    Target.Direction.BELOW, "s"));
        }
        for (ServiceFootprint service : services) {
            targets.add(new Target("5. " + service.service() + " idle RSS", service.idleRssMegabytes(), 200,
                    Target.Direction.BELOW, "MB"));
        }
        return targets;
    }

    /** A p99 that left failed requests out would flatter the service: with any failure, the target is not met. */
    private static double p99IfAllAnswered(LoadResult result) {
        return result.failed() == 0 ? result.p99Millis() : Double.NaN;
    }
}
