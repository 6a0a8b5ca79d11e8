package io.handoff.deals.outcome;

import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;
import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Narrows the "deal missing" list to one contact, closer or setter; malformed ids are reported together. */
public record MissingDealFilter(UUID contactId, UUID closerId, UUID setterId) {

    public static MissingDealFilter parse(String contactId, String closerId, String setterId) {
        List<FieldError> errors = new ArrayList<>();
        MissingDealFilter filter = new MissingDealFilter(id("contactId", contactId, errors),
                id("closerId", closerId, errors), id("setterId", setterId, errors));
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return filter;
    }

    void appendTo(StringBuilder query, Parameters params) {
        condition(query, params, "contactId", contactId);
        condition(query, params, "closerId", closerId);
        condition(query, params, "setterId", setterId);
    }

    private static void condition(StringBuilder query, Parameters params, String property, UUID value) {
        if (value != null) {
            query.append(" and o.").append(property).append(" = :").append(property);
            params.and(property, value);
        }
    }

    private static UUID id(String field, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "is not a valid id (UUID expected)"));
            return null;
        }
    }
}
