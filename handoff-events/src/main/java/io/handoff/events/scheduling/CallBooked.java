package io.handoff.events.scheduling;

import io.handoff.events.Answer;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.Utm;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of call.booked.v1. {@code setBy} names the user who set the call (absent when the invitee booked
 * on the public page); bookedVia is PUBLIC, INTERNAL or APPROVAL.
 */
public record CallBooked(UUID callId, UUID eventTypeId, String eventTypeName, String kind, PersonRef host,
                         UUID leadId, UUID contactId, UUID approvalId, Invitee invitee, Instant start, Instant end,
                         PersonRef setBy, String bookedVia, List<Answer> answers, Utm utm) {
}
