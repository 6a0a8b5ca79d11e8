package io.handoff.contacts;

import io.handoff.events.Answer;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.Utm;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.LeadCaptured;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events other services would publish, built for tests. */
final class Events {

    private Events() {
    }

    static CloudEvent lead(TestWorkspace ws, String email, String status, List<Answer> answers, Utm utm) {
        var data = new LeadCaptured(UUID.randomUUID(), UUID.randomUUID(), status, null,
                new Invitee(email, "Lead " + email, null, "America/New_York"), answers, utm, "198.51.100.4", Instant.now());
        return CloudEvent.of(EventType.LEAD_CAPTURED, "/handoff/scheduling-service", ws.id(), data.leadId().toString(),
                data, Instant.now());
    }

    static CloudEvent callBooked(TestWorkspace ws, UUID callId, UUID contactId, String email, UUID approvalId,
                                 PersonRef setBy, Instant start) {
        return callBooked(ws, callId, contactId, email, approvalId, setBy, start,
                new PersonRef(UUID.randomUUID(), "Cole Closer", "cole@example.com"));
    }

    static CloudEvent callBooked(TestWorkspace ws, UUID callId, UUID contactId, String email, UUID approvalId,
                                 PersonRef setBy, Instant start, PersonRef host) {
        return callBooked(ws, callId, UUID.randomUUID(), contactId, email, approvalId, setBy, start, host);
    }

    static CloudEvent callBooked(TestWorkspace ws, UUID callId, UUID eventTypeId, UUID contactId, String email,
                                 UUID approvalId, PersonRef setBy, Instant start, PersonRef host) {
        var data = new CallBooked(callId, eventTypeId, "Strategy Call", "STRATEGY", host, null, contactId, approvalId,
                new Invitee(email, null, null, "UTC"), start, start.plusSeconds(2700), setBy,
                approvalId != null ? "APPROVAL" : "INTERNAL", List.of(), null);
        return CloudEvent.of(EventType.CALL_BOOKED, "/handoff/scheduling-service", ws.id(), callId.toString(), data,
                Instant.now());
    }
}
