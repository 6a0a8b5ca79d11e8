package io.handoff.scheduling.lead;

import java.util.UUID;

/** What the booking page learns after a submission: whether the invitee may go on to pick a slot. */
public record LeadView(UUID leadId, LeadStatus status, String disqualificationReason) {

    public static LeadView of(Lead lead) {
        return new LeadView(lead.id, lead.status, lead.disqualificationReason);
    }
}
