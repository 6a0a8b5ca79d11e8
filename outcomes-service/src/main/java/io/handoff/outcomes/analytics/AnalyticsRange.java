package io.handoff.outcomes.analytics;

import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The {@code from} and {@code to} query parameters: inclusive local dates (ISO, yyyy-mm-dd), from not after to. */
public record AnalyticsRange(LocalDate from, LocalDate to) {

    public static AnalyticsRange parse(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new AnalyticsRange(first, last);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required (a date such as 2026-11-30)"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2026-11-30"));
            return null;
        }
    }
}
