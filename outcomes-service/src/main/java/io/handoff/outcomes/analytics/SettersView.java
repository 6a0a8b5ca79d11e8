package io.handoff.outcomes.analytics;

import java.time.LocalDate;
import java.util.List;

/** GET /analytics/setters: every user with setter activity in the period, by name. */
public record SettersView(LocalDate from, LocalDate to, String timeZone, String currency, List<SetterView> items) {
}
