package io.handoff.scheduling.slot;

import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;
import io.handoff.platform.validation.CalendarInstant;
import io.handoff.platform.validation.TimeZoneId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A request for slots: local dates from..to (inclusive, at most 31 days) in the invitee's time zone. */
public record SlotQuery(LocalDate from, LocalDate to, ZoneId zone) {

    public static final int MAX_DAYS = 31;

    /** Parses the query parameters; a missing zone falls back to {@code defaultZone}. */
    public static SlotQuery parse(String from, String to, String timeZone, String defaultZone) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        String zone = timeZone == null || timeZone.isBlank() ? defaultZone : timeZone;
        if (!TimeZoneId.Validator.isIana(zone)) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin"));
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(new FieldError("to", "must not be before from"));
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
                errors.add(new FieldError("to", "must be at most " + MAX_DAYS + " days after from (inclusive)"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new SlotQuery(start, end, ZoneId.of(zone));
    }

    public Instant startInstant() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant endInstant() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required (a date such as 2026-12-01)"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (CalendarInstant.Validator.isCalendar(date)) {
                return date;
            }
            errors.add(new FieldError(field, "must be a date of the years 0001 to 9999"));
            return null;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2026-12-01"));
            return null;
        }
    }
}
