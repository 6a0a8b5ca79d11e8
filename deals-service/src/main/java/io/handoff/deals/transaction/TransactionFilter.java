package io.handoff.deals.transaction;

import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;
import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The filters of the transactions list: unassigned ones only (no deal yet), one contact's, one deal's. */
public record TransactionFilter(boolean unassigned, UUID contactId, UUID dealId) {

    public static TransactionFilter parse(String unassigned, String contactId, String dealId) {
        List<FieldError> errors = new ArrayList<>();
        boolean onlyUnassigned = false;
        if (unassigned != null && !unassigned.isBlank()) {
            if (!unassigned.equals("true") && !unassigned.equals("false")) {
                errors.add(new FieldError("unassigned", "must be true or false"));
            }
            onlyUnassigned = unassigned.equals("true");
        }
        TransactionFilter filter = new TransactionFilter(onlyUnassigned, id("contactId", contactId, errors),
                id("dealId", dealId, errors));
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return filter;
    }

    void appendTo(StringBuilder query, Parameters params) {
        if (unassigned) {
            query.append(" and t.dealId is null");
        }
        if (contactId != null) {
            query.append(" and t.contactId = :contact");
            params.and("contact", contactId);
        }
        if (dealId != null) {
            query.append(" and t.dealId = :deal");
            params.and("deal", dealId);
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
