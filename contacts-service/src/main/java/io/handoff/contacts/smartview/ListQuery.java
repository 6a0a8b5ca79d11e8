package io.handoff.contacts.smartview;

import io.handoff.contacts.contact.ContactListParams;
import io.handoff.contacts.contact.LeadStatus;
import io.handoff.platform.problem.Problems;
import io.handoff.platform.web.NulCharacters;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Reads a saved list query string into the same parameters GET /contacts takes. */
final class ListQuery {

    private ListQuery() {
    }

    static ContactListParams parse(String query) {
        ContactListParams p = new ContactListParams();
        if (query == null || query.isBlank()) {
            return p;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            set(p, key, value);
        }
        return p;
    }

    private static void set(ContactListParams p, String key, String value) {
        // The same rule the list's own parameters follow: a NUL saved here would fail every later read as a 500.
        if (NulCharacters.contains(key) || NulCharacters.contains(value)) {
            throw Problems.invalid("query", "'" + key.replace("\u0000", "\\u0000") + "' " + NulCharacters.MESSAGE);
        }
        try {
            switch (key) {
                case "leadStatus" -> p.leadStatus = LeadStatus.valueOf(value);
                case "stageId" -> p.stageId = UUID.fromString(value);
                case "setterOwnerId" -> p.setterOwner = value;
                case "closerOwnerId" -> p.closerOwnerId = UUID.fromString(value);
                case "answer" -> p.answer = value;
                case "utmSource" -> p.utmSource = value;
                case "utmMedium" -> p.utmMedium = value;
                case "utmCampaign" -> p.utmCampaign = value;
                case "utmTerm" -> p.utmTerm = value;
                case "utmContent" -> p.utmContent = value;
                case "tag" -> p.tag = value;
                case "createdFrom" -> p.createdFrom = value;
                case "createdTo" -> p.createdTo = value;
                case "q" -> p.q = value;
                case "sort" -> p.sort = value;
                default -> throw Problems.invalid("query", "'" + key + "' is not a contact list parameter");
            }
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", "'" + value + "' is not a valid " + key);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
