package io.handoff.scheduling.call;

import io.handoff.events.Answer;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.Utm;
import io.handoff.scheduling.eventtype.EventType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What to book, whichever way the booking came in: the event type, a host or null for the event type's
 * choice, the start, the invitee, and what is known about them and who set the call.
 */
public record Booking(EventType type, UUID hostId, Instant start, Invitee invitee, UUID leadId, UUID contactId,
                      UUID approvalId, PersonRef setBy, BookedVia via, List<Answer> answers, Utm utm) {

    public UUID workspaceId() {
        return type.workspaceId;
    }

    public Booking withContactId(UUID id) {
        return new Booking(type, hostId, start, invitee, leadId, id, approvalId, setBy, via, answers, utm);
    }
}
