package io.handoff.outcomes.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one group (or the total) as the API shows them. Show rate = held ÷ (held + no-shows); closing
 * rate = WON deals ÷ held strategy calls; engagement rate = (WON + DEPOSIT deals) ÷ held strategy calls.
 */
public record GroupFigures(String key, String label,
                           long leadsCaptured, long leadsQualified, long leadsDisqualified,
                           long callsBooked, long callsHeld, long callsCancelled, long callsRescheduled, long noShows,
                           long strategyCallsHeld, long wonDeals, long depositDeals,
                           String showRate, String closingRate, String engagementRate, String revenue,
                           Map<String, Long> objections, Map<String, Long> noSaleReasons) {

    static GroupFigures of(String key, String label, Figures f, String currency) {
        long held = f.get(Metric.CALLS_HELD);
        long strategyHeld = f.get(Metric.STRATEGY_HELD);
        long won = f.get(Metric.WON_DEALS);
        long deposits = f.get(Metric.DEPOSIT_DEALS);
        return new GroupFigures(key, label,
                f.get(Metric.LEADS_CAPTURED), f.get(Metric.LEADS_QUALIFIED), f.get(Metric.LEADS_DISQUALIFIED),
                f.get(Metric.CALLS_BOOKED), held, f.get(Metric.CALLS_CANCELLED), f.get(Metric.CALLS_RESCHEDULED),
                f.get(Metric.NO_SHOWS), strategyHeld, won, deposits,
                Amounts.rate(held, held + f.get(Metric.NO_SHOWS)), Amounts.rate(won, strategyHeld),
                Amounts.rate(won + deposits, strategyHeld), Amounts.money(f.revenue(), currency),
                breakdown(f, Metric.OBJECTION), breakdown(f, Metric.NO_SALE));
    }

    /** Every value of the breakdown, zeros included, in the order of the enum (MONEY, LOGISTIC…). */
    private static Map<String, Long> breakdown(Figures f, String prefix) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Metric.breakdown(prefix).forEach(m -> counts.put(m.name().substring(prefix.length()), f.get(m)));
        return counts;
    }
}
