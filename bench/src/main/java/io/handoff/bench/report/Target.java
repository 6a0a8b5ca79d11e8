package io.handoff.bench.report;

/**
 * One of the targets: what was measured against what was asked, and whether it was met. {@code measured}
 * is NaN when the scenario could not be measured, which does not meet the target.
 */
public record Target(String name, double measured, double limit, Direction direction, String unit) {

    public enum Direction {
        /** The measured figure must stay below the limit (a latency, a size). */
        BELOW,
        /** The measured figure must not exceed the limit (a budget: CPU per request). */
        AT_MOST,
        /** The measured figure must reach the limit (a throughput). */
        AT_LEAST
    }

    public boolean met() {
        if (Double.isNaN(measured)) {
            return false;
        }
        return switch (direction) {
            case BELOW -> measured < limit;
            case AT_MOST -> measured <= limit;
            case AT_LEAST -> measured >= limit;
        };
    }


    public double shareOfLimit() {
        return measured / limit;
    }
}
