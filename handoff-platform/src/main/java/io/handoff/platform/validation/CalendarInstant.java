package io.handoff.platform.validation;

import io.handoff.platform.problem.Problems;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * An instant of the years 0001 to 9999. Java reads instants up to the year 1,000,000,000, far beyond what
 * the database, clients and date arithmetic (a call's end, a day's start) can take: such values are the
 * client's mistake, a 400 naming the field, not a 500 later on nor a filter that silently matches everything.
 */
@Documented
@Constraint(validatedBy = CalendarInstant.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CalendarInstant {

    String MESSAGE = "must be an instant between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is valid: pair with @NotNull where the instant is required. */
    class Validator implements ConstraintValidator<CalendarInstant, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || isCalendar(value);
        }

        public static boolean isCalendar(Instant value) {
            return !value.isBefore(MIN) && !value.isAfter(MAX);
        }

        public static boolean isCalendar(LocalDate value) {
            return value.getYear() >= 1 && value.getYear() <= 9999;
        }

        /**
         * A query parameter read as an instant, null when absent; a malformed or far-out one is a 400 naming
         * {@code field} (Java reads years up to 1,000,000,000: beyond 9999 a filter would match everything).
         */
        public static Instant parse(String field, String value) {
            if (value == null) {
                return null;
            }
            try {
                Instant instant = Instant.parse(value);
                if (isCalendar(instant)) {
                    return instant;
                }
            } catch (DateTimeParseException e) {
                // answered below, like a value out of range
            }
            throw Problems.invalid(field,
                    "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z, of the years 0001 to 9999");
        }
    }
}
