package io.handoff.bench;

import java.time.Duration;
import java.util.List;

/**
 * How long and how hard each part runs. The full run is what the report is for; {@code --quick} is a smoke run of
 * every part in a few minutes with small figures, to try the benchmark itself, and its report says so.
 */
record BenchSettings(boolean smokeRun, int pgbenchClients, int pgbenchSeconds, long producerRecords, Duration idleWait,
                     double leadWarmUpRate, Duration leadWarmUp, Duration step, List<Double> leadRates,
                     double approvalWarmUpRate, Duration approvalWarmUp, double approvalRate,
                     Duration approvalLength, Duration settle, double slotRate, double analyticsRate,
                     Duration readWarmUp, Duration readLength, int analyticsCalls, int analyticsLeads) {

    static BenchSettings full() {
        return new BenchSettings(false, 16, 30, 500_000, Duration.ofSeconds(20),
                8, Duration.ofMinutes(2), Duration.ofSeconds(20),
                List.of(5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 300.0, 400.0, 600.0, 800.0, 1200.0),
                8, Duration.ofSeconds(40), 50, Duration.ofSeconds(20), Duration.ofSeconds(30), 20, 20,
                Duration.ofSeconds(20), Duration.ofSeconds(30), 1_000_000, 500_000);
    }

    static BenchSettings smoke() {
        return new BenchSettings(true, 16, 5, 50_000, Duration.ofSeconds(5),
                8, Duration.ofSeconds(5), Duration.ofSeconds(5), List.of(5.0, 25.0),
                8, Duration.ofSeconds(5), 20, Duration.ofSeconds(5), Duration.ofSeconds(5), 10, 10,
                Duration.ofSeconds(5), Duration.ofSeconds(5), 50_000, 20_000);
    }

    static BenchSettings fromArguments(String[] args) {
        return List.of(args).contains("--quick") ? smoke() : full();
    }
}
