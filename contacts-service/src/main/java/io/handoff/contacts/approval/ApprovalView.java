package io.handoff.contacts.approval;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The approval resource a client follows until it is BOOKED or REJECTED. */
public record ApprovalView(UUID id, UUID contactId, ApprovalStatus status, UUID eventTypeId, UUID hostId,
                           Instant start, UUID requestedBy, Map<String, String> handoffNotes, UUID callId,
                           String reason, String detail, Instant createdAt, Instant updatedAt) {

    public static ApprovalView of(Approval a) {
        return new ApprovalView(a.id, a.contactId, a.status, a.eventTypeId, a.hostId, a.startAt, a.requestedBy,
                a.handoffNotes, a.callId, a.reason, a.detail, a.createdAt, a.updatedAt);
    }
}
