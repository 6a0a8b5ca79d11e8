package io.handoff.outcomes.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An inclusive range of local days in the workspace's time zone, and the instants that bound it. Leads count
 * on their capture time, calls on their start, deals on their date.
 */
public record AnalyticsPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    public Instant fromAt() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period (the start of the day after {@code to}). */
    public Instant toAt() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    static AnalyticsPeriod ofDay(LocalDate day, ZoneId zone) {
        return new AnalyticsPeriod(day, day, zone);
    }
}
