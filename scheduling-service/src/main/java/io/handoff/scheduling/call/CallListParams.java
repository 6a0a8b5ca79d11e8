package io.handoff.scheduling.call;

import io.handoff.platform.problem.Problems;
import io.handoff.platform.validation.CalendarInstant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * The calls list's query parameters as sent. {@code from}/{@code to} are instants, or dates in the
 * workspace's time zone ({@code to} inclusive).
 */
public record CallListParams(String tab, UUID hostId, UUID eventTypeId, UUID setById, String from, String to,
                             String tag) {

    public CallFilter toFilter(ZoneId workspaceZone) {
        boolean upcoming = switch (tab == null ? "upcoming" : tab.toLowerCase(Locale.ROOT)) {
            case "upcoming" -> true;
            case "past" -> false;
            default -> throw Problems.invalid("tab", "must be upcoming or past");
        };
        return new CallFilter(upcoming, hostId, eventTypeId, setById, bound("from", from, workspaceZone, false),
                bound("to", to, workspaceZone, true), tag == null || tag.isBlank() ? null : CallTag.parse(tag));
    }

    private static Instant bound(String field, String value, ZoneId zone, boolean inclusiveEnd) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                if (CalendarInstant.Validator.isCalendar(date)) {
                    return (inclusiveEnd ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
                }
            } else {
                Instant instant = Instant.parse(value);
                if (CalendarInstant.Validator.isCalendar(instant)) {
                    return instant;
                }
            }
        } catch (DateTimeParseException e) {
            // answered below, like a value outside the years 0001 to 9999 (which would match everything)
        }
        throw Problems.invalid(field, "must be an instant such as 2026-12-01T09:00:00Z or a date such as 2026-12-01,"
                + " of the years 0001 to 9999");
    }
}
