package io.handoff.outcomes.analytics;

import java.time.LocalDate;
import java.util.List;

/** GET /analytics/summary: the figures per group (none without groupBy) and in total. */
public record SummaryView(LocalDate from, LocalDate to, String timeZone, String currency, String groupBy,
                          List<GroupFigures> groups, GroupFigures total) {
}
