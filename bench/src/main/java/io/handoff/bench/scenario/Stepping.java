package io.handoff.bench.scenario;

import io.handoff.bench.load.LoadResult;

/**
 * When a rising series of load steps stops. The steps go on past the first one that misses the latency limit for as
 * long as they still add throughput, so that a report shows where the curve flattens (the saturation rate), not only
 * the last rate that held: after a miss, a step that gains less than 10% over the best so far is the last.
 */
final class Stepping {

    static final double FLATTENED_GAIN = 1.10;

    private final double p99LimitMillis;
    private double best;
    private boolean missed;

    Stepping(double p99LimitMillis) {
        this.p99LimitMillis = p99LimitMillis;
    }

    /** Takes one step's result; true when the next step should run. */
    boolean goOnAfter(LoadResult step) {
        boolean flattened = step.achievedRate() < best * FLATTENED_GAIN;
        best = Math.max(best, step.achievedRate());
        boolean stop = missed && flattened;
        missed |= !step.sustains(p99LimitMillis);
        return !stop;
    }
}
