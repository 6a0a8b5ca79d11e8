package io.handoff.outcomes.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The counted figures of analytics, each a column of {@code analytics_items} and of the {@code analytics_day}
 * rollup. Revenue, an exact decimal, is kept beside them in {@link Figures}.
 */
public enum Metric {
    LEADS_CAPTURED,
    LEADS_QUALIFIED,
    LEADS_DISQUALIFIED,
    CALLS_BOOKED,
    CALLS_HELD(true),
    CALLS_CANCELLED,
    CALLS_RESCHEDULED,
    NO_SHOWS,
    STRATEGY_BOOKED,
    STRATEGY_HELD(true),
    STRATEGY_CLOSED(true),
    DISCOVERY_REJECTED,
    WON_DEALS,
    DEPOSIT_DEALS,
    OBJECTION_MONEY,
    OBJECTION_LOGISTIC,
    OBJECTION_PARTNER,
    OBJECTION_FEAR,
    OBJECTION_SMOKE_SCREEN,
    OBJECTION_NO_OBJECTION,
    NO_SALE_NO_SHOW,
    NO_SALE_NOT_INTERESTED,
    NO_SALE_CONTACT_CANCELLED,
    NO_SALE_ADMIN_CANCELLED,
    NO_SALE_UNQUALIFIED,
    NO_SALE_FOLLOW_UP_SCHEDULED;

    static final String OBJECTION = "OBJECTION_";
    static final String NO_SALE = "NO_SALE_";

    /** Whether the item counts only once its call has ended (a call is held only after it took place). */
    private final boolean needsEndedCall;

    Metric() {
        this(false);
    }

    Metric(boolean needsEndedCall) {
        this.needsEndedCall = needsEndedCall;
    }

    public String column() {
        return name().toLowerCase();
    }

    /** The SQL sums of every metric over items aliased {@code i}, in declaration order, revenue last. */
    static String sums() {
        return Arrays.stream(values()).map(m -> "SUM(i." + m.column() + ")").collect(Collectors.joining(", "))
                + ", SUM(i.revenue)";
    }

    /** The metrics that count a call only once it has ended. */
    static List<Metric> endedOnly() {
        return Arrays.stream(values()).filter(m -> m.needsEndedCall).toList();
    }

    /** The SQL sums of the {@link #endedOnly()} metrics, in that order. */
    static String endedOnlySums() {
        return endedOnly().stream().map(m -> "SUM(i." + m.column() + ")").collect(Collectors.joining(", "));
    }

    static String columns() {
        return Arrays.stream(values()).map(Metric::column).collect(Collectors.joining(", ")) + ", revenue";
    }

    /** The metrics of a breakdown (objections, no-sale reasons), named by what follows the prefix. */
    static List<Metric> breakdown(String prefix) {
        return Arrays.stream(values()).filter(m -> m.name().startsWith(prefix)).toList();
    }
}
