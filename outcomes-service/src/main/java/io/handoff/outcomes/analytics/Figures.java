package io.handoff.outcomes.analytics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The sums of every {@link Metric} and the revenue of one group (or of all) over a period. */
public final class Figures {

    private final long[] counts;
    private final BigDecimal revenue;

    private Figures(long[] counts, BigDecimal revenue) {
        this.counts = counts;
        this.revenue = revenue;
    }

    public static Figures zero() {
        return new Figures(new long[Metric.values().length], BigDecimal.ZERO);
    }

    /** Reads the sums a query selected in {@link Metric#sums} order, starting at the given column. */
    static Figures fromRow(Object[] row, int first) {
        long[] counts = new long[Metric.values().length];
        for (int i = 0; i < counts.length; i++) {
            Object value = row[first + i];
            counts[i] = value == null ? 0 : ((Number) value).longValue();
        }
        Object revenue = row[first + counts.length];
        return new Figures(counts, revenue == null ? BigDecimal.ZERO : new BigDecimal(revenue.toString()));
    }

    /**
     * The held figures of calls that have not ended yet, read in {@link Metric#endedOnlySums} order from the
     * given column, as amounts to take away from figures that counted those calls as held.
     */
    static Figures notYetHeld(Object[] row, int first) {
        long[] counts = new long[Metric.values().length];
        List<Metric> metrics = Metric.endedOnly();
        for (int i = 0; i < metrics.size(); i++) {
            Object value = row[first + i];
            counts[metrics.get(i).ordinal()] = value == null ? 0 : -((Number) value).longValue();
        }
        return new Figures(counts, BigDecimal.ZERO);
    }

    public Figures plus(Figures other) {
        long[] sum = Arrays.copyOf(counts, counts.length);
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.counts[i];
        }
        return new Figures(sum, revenue.add(other.revenue));
    }

    /** Nothing counted and no revenue: a group like this tells nothing and is left out of the summary. */
    public boolean isEmpty() {
        return revenue.signum() == 0 && Arrays.stream(counts).allMatch(c -> c == 0);
    }

    public long get(Metric metric) {
        return counts[metric.ordinal()];
    }

    public BigDecimal revenue() {
        return revenue;
    }
}
