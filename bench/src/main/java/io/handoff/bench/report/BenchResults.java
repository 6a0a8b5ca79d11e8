package io.handoff.bench.report;

import io.handoff.bench.baseline.BrokerCeiling;
import io.handoff.bench.baseline.DatabaseCeiling;
import io.handoff.bench.footprint.CpuUse;
import io.handoff.bench.footprint.ProcessMemory;
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

import static io.handoff.bench.BenchPlatform.LOAD_GENERATOR;

/**
 * Everything one run measured. The database ceiling is absent when this machine has no pgbench; then the lead
 * capture ratio cannot be given and its target counts as not met.
 */
public record BenchResults(Machine machine, Instant startedAt, Duration took, DatabaseCeiling database,
                           BrokerCeiling broker, List<ServiceFootprint> services, Duration startedTogether,
                           CpuUse idleCpu, Duration idleLength, long idlePlatformBytes,
                           long peakPlatformBytes, LeadCapture.Result leads, ApprovalToWebhook.Result approvals,
                           SteadyReads.Result slots, double slotRate, AnalyticsData.Loaded analyticsData,
                           SteadyReads.Result analyticsRecent, SteadyReads.Result analyticsSettled,
                           double analyticsRate) {

    /** The lead capture's maximum sustained rate over the database ceiling, NaN without a ceiling. */
    public double leadCaptureRatio() {
        return database == null ? Double.NaN : leads.maxSustainedRate() / database.transactionsPerSecond();
    }

    /** Milliseconds of CPU the platform's processes spent per second of doing nothing. */
    public double idleCpuMillisPerSecond() {
        return idleCpu.total().toNanos() / 1e6 / idleLength.toMillis() * 1000;
    }

    /** The lead-capture step the CPU per lead is read at: the highest rate that held, else the first step. */
    public java.util.Optional<LeadCapture.Step> leadCpuStep() {
        return leads.atMaxSustainedRate().or(() -> leads.steps().stream().findFirst());
    }

    /** The targets of issues 15 (throughput) and 16 (start-up and footprint), in their order. */
    public List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        double sustained = leads.maxSustainedRate();
        targets.add(new Target("15.1 Lead capture: sustained rate with form p99 < 100 ms", sustained, 300,
                Target.Direction.AT_LEAST, "leads/s"));
        targets.add(new Target("15.1 Lead → contact.created on Kafka at that rate, p99",
                leads.atMaxSustainedRate().filter(s -> s.toContact().getTotalCount() > 0)
                        .map(s -> s.toContact().getValueAtPercentile(99) / 1000.0).orElse(Double.NaN),
                500, Target.Direction.BELOW, "ms"));
        targets.add(new Target("15.2 CPU per lead, platform processes", leadCpuStep()
                .map(s -> s.cpu().without(LOAD_GENERATOR).totalMillisPerRequest(s.form().succeeded()))
                .orElse(Double.NaN), 6, Target.Direction.AT_MOST, "ms"));
        targets.add(new Target("15.2 CPU per approval, platform processes",
                approvals.cpu().without(LOAD_GENERATOR).totalMillisPerRequest(approvals.approvals().succeeded()), 15,
                Target.Direction.AT_MOST, "ms"));
        targets.add(new Target("15.3 Approve → call booked → webhook delivered at " + (int) approvals.rate()
                + "/s, p99", approvals.toWebhook().getTotalCount() == 0 ? Double.NaN
                : approvals.toWebhook().getValueAtPercentile(99) / 1000.0, 250, Target.Direction.BELOW, "ms"));
        targets.add(new Target("15.4 Idle platform, all processes", idleCpuMillisPerSecond(), 30,
                Target.Direction.AT_MOST, "ms/s"));
        targets.add(new Target("15.5 Slot search, round robin over 20 hosts, 30 days, p99",
                p99IfAllAnswered(slots.load()), 20, Target.Direction.BELOW, "ms"));
        targets.add(new Target("15.5 Analytics summary over 1,000,000 calls incl. today, p99",
                p99IfAllAnswered(analyticsRecent.load()), 50, Target.Direction.BELOW, "ms"));
        for (ServiceFootprint service : services) {
            targets.add(new Target("16. " + service.service() + " start-up to ready", service.startUpSeconds(), 3,
                    Target.Direction.BELOW, "s"));
        }
        targets.add(new Target("16. All five services started together, ready", startedTogether.toMillis() / 1000.0,
                20, Target.Direction.BELOW, "s"));
        for (ServiceFootprint service : services) {
            targets.add(new Target("16. " + service.service() + " idle RSS", service.idleRssMegabytes(), 180,
                    Target.Direction.BELOW, "MB"));
        }
        targets.add(new Target("16. Whole platform idle (PSS)", idlePlatformBytes / ProcessMemory.MEGABYTE, 1200,
                Target.Direction.BELOW, "MB"));
        return targets;
    }

    /** A p99 that left failed requests out would flatter the service: with any failure, the target is not met. */
    private static double p99IfAllAnswered(LoadResult result) {
        return result.failed() == 0 ? result.p99Millis() : Double.NaN;
    }
}
