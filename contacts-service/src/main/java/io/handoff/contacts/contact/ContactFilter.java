package io.handoff.contacts.contact;

import java.time.Instant;
import java.util.UUID;

/**
 * The list filters of Global Data and Appointment Setting (also what a smart view saves). setterOwner is
 * a user id or "none" for unclaimed contacts; answer is "question=value".
 */
public record ContactFilter(LeadStatus leadStatus, UUID stageId, String setterOwner, UUID closerOwnerId,
                            String answer, String utmSource, String utmMedium, String utmCampaign, String utmTerm,
                            String utmContent, String tag, Instant createdFrom, Instant createdTo, String q,
                            boolean excludeBooked) {

    public static final String NONE = "none";

    public ContactFilter withExcludeBooked(boolean exclude) {
        return new ContactFilter(leadStatus, stageId, setterOwner, closerOwnerId, answer, utmSource, utmMedium,
                utmCampaign, utmTerm, utmContent, tag, createdFrom, createdTo, q, exclude);
    }

    public static ContactFilter byStage(UUID stageId) {
        return new ContactFilter(null, stageId, null, null, null, null, null, null, null, null, null, null, null, null,
                false);
    }
}
