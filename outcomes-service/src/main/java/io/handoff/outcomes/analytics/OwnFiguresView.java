package io.handoff.outcomes.analytics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * GET /analytics/me: the caller's own figures, for every member. {@code setter} is their setter performance
 * (as one row of /analytics/setters), {@code closer} their closer figures (as their group of
 * /analytics/summary?groupBy=closer); both are zeros when they did nothing in the period.
 */
public record OwnFiguresView(LocalDate from, LocalDate to, String timeZone, String currency, UUID userId,
                             String name, SetterView setter, GroupFigures closer) {
}
