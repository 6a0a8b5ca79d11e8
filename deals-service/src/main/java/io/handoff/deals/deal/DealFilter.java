package io.handoff.deals.deal;

import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;
import io.quarkus.panache.common.Parameters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The filters of the deals list (contact, closer, setter, product, payment type, date range inclusive),
 * parsed from the query string and turned into conditions with bound parameters (never concatenated input).
 */
public record DealFilter(UUID contactId, UUID closerId, UUID setterId, UUID productId, PaymentType paymentType,
                         LocalDate from, LocalDate to) {

    /** Parses every parameter and reports all malformed ones at once, each under its own name. */
    public static DealFilter parse(String contactId, String closerId, String setterId, String productId,
                                   String paymentType, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        DealFilter filter = new DealFilter(
                parse("contactId", contactId, UUID::fromString, "is not a valid id (UUID expected)", errors),
                parse("closerId", closerId, UUID::fromString, "is not a valid id (UUID expected)", errors),
                parse("setterId", setterId, UUID::fromString, "is not a valid id (UUID expected)", errors),
                parse("productId", productId, UUID::fromString, "is not a valid id (UUID expected)", errors),
                parse("paymentType", paymentType, PaymentType::valueOf,
                        "must be one of " + Arrays.toString(PaymentType.values()), errors),
                parse("from", from, LocalDate::parse, "must be a date such as 2026-11-23", errors),
                parse("to", to, LocalDate::parse, "must be a date such as 2026-11-23", errors));
        if (errors.isEmpty() && filter.from != null && filter.to != null && filter.from.isAfter(filter.to)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return filter;
    }

    void appendTo(StringBuilder query, Parameters params) {
        condition(query, params, "contactId", contactId);
        condition(query, params, "closerId", closerId);
        condition(query, params, "setterId", setterId);
        condition(query, params, "product.id", productId);
        condition(query, params, "paymentType", paymentType);
        if (from != null) {
            query.append(" and d.dealDate >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and d.dealDate <= :to");
            params.and("to", to);
        }
    }

    private static void condition(StringBuilder query, Parameters params, String property, Object value) {
        if (value != null) {
            String name = property.replace(".", "");
            query.append(" and d.").append(property).append(" = :").append(name);
            params.and(name, value);
        }
    }

    private static <T> T parse(String field, String raw, Function<String, T> parser, String message,
                               List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }
}
