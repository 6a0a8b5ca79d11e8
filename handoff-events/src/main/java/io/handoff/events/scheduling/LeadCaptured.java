package io.handoff.events.scheduling;

import io.handoff.events.Answer;
import io.handoff.events.Invitee;
import io.handoff.events.Utm;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of lead.captured.v1; status is POTENTIAL, QUALIFIED or DISQUALIFIED (then with the reason). */
public record LeadCaptured(UUID leadId, UUID eventTypeId, String status, String disqualificationReason,
                           Invitee invitee, List<Answer> answers, Utm utm, String ipAddress, Instant capturedAt) {
}
