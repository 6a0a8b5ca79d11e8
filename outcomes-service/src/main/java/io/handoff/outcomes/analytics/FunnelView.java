package io.handoff.outcomes.analytics;

import java.time.LocalDate;

/**
 * GET /analytics/funnel: leads captured and qualified (by capture time), strategy calls booked and held (by
 * start), WON deals (by deal date) — each step counted in the period on its own date, not as a cohort.
 */
public record FunnelView(LocalDate from, LocalDate to, String timeZone, long captured, long qualified, long booked,
                         long held, long won) {

    static FunnelView of(AnalyticsPeriod period, Figures f) {
        return new FunnelView(period.from(), period.to(), period.zone().getId(), f.get(Metric.LEADS_CAPTURED),
                f.get(Metric.LEADS_QUALIFIED), f.get(Metric.STRATEGY_BOOKED), f.get(Metric.STRATEGY_HELD),
                f.get(Metric.WON_DEALS));
    }
}
