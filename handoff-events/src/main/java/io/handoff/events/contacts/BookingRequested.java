package io.handoff.events.contacts;

import io.handoff.events.Answer;
import io.handoff.events.Invitee;
import io.handoff.events.Utm;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Data of booking.requested.v1: a setter approved a contact and asks scheduling for a strategy call;
 * hostId is absent for round robin. Answered by call.booked.v1 or booking.rejected.v1 with the approvalId.
 */
public record BookingRequested(UUID approvalId, UUID contactId, UUID eventTypeId, UUID hostId, Instant start,
                               UUID requestedBy, Invitee invitee, List<Answer> answers, Utm utm,
                               Map<String, String> handoffNotes) {
}
