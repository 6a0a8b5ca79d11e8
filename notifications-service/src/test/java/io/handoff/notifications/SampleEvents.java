package io.handoff.notifications;

import io.handoff.events.Actor;
import io.handoff.events.Answer;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.Utm;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events as the other services publish them, for one test workspace. */
final class SampleEvents {

    private SampleEvents() {
    }

    static CloudEvent callBooked(TestWorkspace ws) {
        UUID callId = UUID.randomUUID();
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        var data = new CallBooked(callId, UUID.randomUUID(), "Strategy Call", "STRATEGY",
                new PersonRef(UUID.randomUUID(), "Cleo Closer", "cleo@example.com"), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), new Invitee("lee@example.com", "Lee Lead", "+14155550123",
                "America/New_York"), start, start.plus(45, ChronoUnit.MINUTES),
                new PersonRef(ws.userId(), "Sam Setter", "sam@example.com"), "APPROVAL",
                List.of(new Answer("Monthly budget", "$1k-$5k")), new Utm("newsletter", "email", "fall", null, null));
        return CloudEvent.of(EventType.CALL_BOOKED, "/handoff/scheduling-service", ws.id(), callId.toString(), data,
                Instant.now());
    }

    static CloudEvent callCancelled(TestWorkspace ws) {
        return callCancelled(ws, UUID.randomUUID());
    }

    static CloudEvent callCancelled(TestWorkspace ws, UUID callId) {
        var data = new CallCancelled(callId, UUID.randomUUID(), "ADMIN", Actor.user(ws.adminId()), "Double booked");
        return CloudEvent.of(EventType.CALL_CANCELLED, "/handoff/scheduling-service", ws.id(), callId.toString(), data,
                Instant.now());
    }

    static CloudEvent contactCreated(TestWorkspace ws, UUID contactId) {
        var data = new ContactCreated(contactId, "new@example.com", "New Lead", null, "UTC", "QUALIFIED", null, null,
                null, null, Actor.user(ws.userId()));
        return CloudEvent.of(EventType.CONTACT_CREATED, "/handoff/contacts-service", ws.id(), contactId.toString(), data,
                Instant.now());
    }

    /** Internal to the setter→closer handoff: never forwarded to webhooks. */
    static CloudEvent bookingRequested(TestWorkspace ws, UUID contactId) {
        var data = new BookingRequested(UUID.randomUUID(), contactId, UUID.randomUUID(), null,
                Instant.now().plus(1, ChronoUnit.DAYS), ws.userId(), new Invitee("lee@example.com", "Lee", null, "UTC"),
                List.of(), null, Map.of("pain", "Too few calls"));
        return CloudEvent.of(EventType.BOOKING_REQUESTED, "/handoff/contacts-service", ws.id(), contactId.toString(),
                data, Instant.now());
    }
}
