package io.handoff.contacts.contact;

import io.handoff.events.Answer;
import io.handoff.events.Utm;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contact as the API shows it. */
public record ContactView(UUID id, String email, String name, String phone, String secondaryEmail,
                          String secondaryPhone, List<String> mergedAddresses, String ipAddress, String timeZone,
                          List<Answer> answers, List<String> tags, Utm utm, LeadStatus leadStatus,
                          String disqualificationReason, UUID stageId, UUID setterOwnerId, UUID closerOwnerId, UUID setById,
                          UUID lastEventTypeId, Instant createdAt, Instant updatedAt, int version) {

    public static ContactView of(Contact c) {
        return new ContactView(c.id, c.email, c.name, c.phone, c.secondaryEmail, c.secondaryPhone,
                c.mergedAddresses.items(), c.ipAddress, c.timeZone, c.answers.items(), c.tags.items(),
                c.utm(), c.leadStatus,
                c.disqualificationReason, c.stageId, c.setterOwnerId, c.closerOwnerId, c.setById, c.lastEventTypeId,
                c.createdAt, c.updatedAt, c.version);
    }
}
