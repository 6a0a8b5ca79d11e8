package io.handoff.contacts.outcome;

import java.util.Map;
import java.util.Optional;

/**
 * Where an outcome moves the contact when the workspace has not mapped it (outcomes-service then sends no
 * stage): the default stages by name. A mapped stage in the event always wins.
 */
public final class DefaultOutcomeStages {

    private static final Map<String, String> BY_RESULT_AND_REASON = Map.ofEntries(
            Map.entry("SALE", "Customer"),
            Map.entry("NO_SALE/NO_SHOW", "Ghosting"),
            Map.entry("NO_SALE/NOT_INTERESTED", "No Decision"),
            Map.entry("NO_SALE/CONTACT_CANCELLED", "No Decision"),
            Map.entry("NO_SALE/UNQUALIFIED", "Not a Fit"),
            Map.entry("NO_SALE/FOLLOW_UP_SCHEDULED", "Follow-Up Scheduled"),
            Map.entry("REJECTED/BAD_FIT", "Not a Fit"),
            Map.entry("REJECTED/NOT_INTERESTED", "No Decision"),
            Map.entry("REJECTED/NO_SHOW", "Ghosting"),
            Map.entry("REJECTED/OTHERS", "Rejected"));

    private DefaultOutcomeStages() {
    }

    public static Optional<String> stageName(String result, String reason) {
        String specific = BY_RESULT_AND_REASON.get(result + "/" + reason);
        return Optional.ofNullable(specific != null ? specific : BY_RESULT_AND_REASON.get(result));
    }
}
