package io.handoff.bench.load;

import org.HdrHistogram.Histogram;

import java.time.Duration;

/**
 * What one open-model run gave: requests due, answered well, failed (errors, refusals, no answer within the
 * drain time), and the latencies of the successes in microseconds, counted from each request's due time.
 */
public record LoadResult(String name, double offeredRate, long due, long succeeded, long failed, Duration elapsed,
                         Histogram latencies) {

    public double p50Millis() {
        return percentileMillis(50);
    }

    public double p99Millis() {
        return percentileMillis(99);
    }

    public double maxMillis() {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getMaxValue() / 1000.0;
    }

    public double percentileMillis(double percentile) {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    /** Successes per second over the whole run, from the first due time to the last answer. */
    public double achievedRate() {
        return succeeded / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    /** Every request succeeded and the p99 stayed under the limit. */
    public boolean sustains(double p99LimitMillis) {
        return failed == 0 && succeeded == due && p99Millis() < p99LimitMillis;
    }
}
