package io.handoff.contacts.contact;

import io.handoff.platform.paging.PageRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a filter, a sort and a page into one SQL query with bound parameters (never concatenated input).
 * JSONB containment serves the answer and tag filters; keyset conditions follow the sort.
 * JSON parameters are bound as text and cast in SQL: bound straight to jsonb, the driver would send the
 * Java string as a JSON string value rather than as the document it holds.
 */
final class ContactQuery {

    private final StringBuilder sql = new StringBuilder("select * from contact where workspace_id = :workspace");
    private final Map<String, Object> params = new LinkedHashMap<>();

    ContactQuery(UUID workspaceId, ContactFilter f, ContactSort sort, PageRequest page) {
        params.put("workspace", workspaceId);
        if (f.excludeBooked()) {
            sql.append(" and (lead_status is null or lead_status <> 'BOOKED')");
        }
        equal("lead_status", "leadStatus", f.leadStatus() == null ? null : f.leadStatus().name());
        equal("stage_id", "stage", f.stageId());
        if (ContactFilter.NONE.equals(f.setterOwner())) {
            sql.append(" and setter_owner_id is null");
        } else if (f.setterOwner() != null) {
            equal("setter_owner_id", "setter", UUID.fromString(f.setterOwner()));
        }
        equal("closer_owner_id", "closer", f.closerOwnerId());
        equal("utm_source", "utmSource", f.utmSource());
        equal("utm_medium", "utmMedium", f.utmMedium());
        equal("utm_campaign", "utmCampaign", f.utmCampaign());
        equal("utm_term", "utmTerm", f.utmTerm());
        equal("utm_content", "utmContent", f.utmContent());
        if (f.answer() != null) {
            int eq = f.answer().indexOf('=');
            sql.append(" and answers @> cast(cast(:answer as text) as jsonb)");
            params.put("answer", json(Map.of("question", f.answer().substring(0, eq), "answer", f.answer().substring(eq + 1))));
        }
        if (f.tag() != null) {
            sql.append(" and tags @> cast(cast(:tag as text) as jsonb)");
            params.put("tag", json(f.tag()));
        }
        if (f.createdFrom() != null) {
            sql.append(" and created_at >= :createdFrom");
            params.put("createdFrom", f.createdFrom());
        }
        if (f.createdTo() != null) {
            sql.append(" and created_at < :createdTo");
            params.put("createdTo", f.createdTo());
        }
        if (f.q() != null) {
            // Secondary and merged duplicates' addresses too: a duplicate's address still finds its primary.
            sql.append(" and (email ilike :q or name ilike :q or phone ilike :q or secondary_email ilike :q")
                    .append(" or secondary_phone ilike :q or exists (select 1 from")
                    .append(" jsonb_array_elements_text(merged_addresses -> 'items') a where a ilike :q))");
            params.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (page.after() != null) {
            sql.append(" and (").append(sort.column()).append(", id) ").append(sort.ascending() ? ">" : "<")
                    .append(" (:afterKey, :afterId)");
            params.put("afterKey", sort.byName() ? page.after().sortValue() : page.after().instant());
            params.put("afterId", page.after().id());
        }
        String dir = sort.ascending() ? " asc" : " desc";
        sql.append(" order by ").append(sort.column()).append(dir).append(", id").append(dir);
    }

    String sql() {
        return sql.toString();
    }

    Map<String, Object> params() {
        return params;
    }

    private void equal(String column, String param, Object value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = :").append(param);
            params.put(param, value);
        }
    }

    private static String json(Object item) {
        try {
            return io.handoff.events.EventJson.MAPPER.writeValueAsString(Map.of("items", List.of(item)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
