package io.handoff.notifications;

import io.handoff.events.Actor;
import io.handoff.events.Answer;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventSchemas;
import io.handoff.events.EventType;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactMerged;
import io.handoff.events.contacts.ContactOwnerAssigned;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.EventTypeSaved;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.events.scheduling.LeadCaptured;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lead, contact, call and outcome events reminders and handoff alerts are made from, as their owning
 * services publish them (each checked against its schema), stamped with the time the test chooses.
 */
final class HandoffEvents {

    static final Duration CALL_LENGTH = Duration.ofMinutes(45);

    private HandoffEvents() {
    }

    /** A strategy or discovery call, as booked through an approval when approvalId is given. */
    record Booking(UUID callId, String kind, String eventTypeName, PersonRef host, UUID contactId, UUID approvalId,
                   Invitee invitee, Instant start, PersonRef setBy, List<Answer> answers) {

        static Booking strategy(PersonRef host, Invitee invitee, Instant start) {
            return new Booking(UUID.randomUUID(), "STRATEGY", "Strategy Call", host, null, null, invitee, start, null,
                    List.of(new Answer("Monthly budget", "$1k-$5k")));
        }

        static Booking discovery(PersonRef host, Invitee invitee, Instant start) {
            return new Booking(UUID.randomUUID(), "DISCOVERY", "Discovery Call", host, null, null, invitee, start, null,
                    List.of());
        }

        Booking approved(UUID contact, UUID approval, PersonRef setter) {
            return new Booking(callId, kind, eventTypeName, host, contact, approval, invitee, start, setter, answers);
        }
    }

    static CloudEvent callBooked(TestWorkspace ws, Booking b, Instant time) {
        var data = new CallBooked(b.callId(), UUID.randomUUID(), b.eventTypeName(), b.kind(), b.host(), null,
                b.contactId(), b.approvalId(), b.invitee(), b.start(), b.start().plus(CALL_LENGTH), b.setBy(),
                b.approvalId() != null ? "APPROVAL" : "PUBLIC", b.answers(), null);
        return valid(EventType.CALL_BOOKED, "scheduling", ws, b.callId(), data, time);
    }

    static CloudEvent callRescheduled(TestWorkspace ws, Booking b, Instant newStart, Instant time) {
        var data = new CallRescheduled(b.callId(), b.contactId(), b.host().userId(), newStart, newStart.plus(CALL_LENGTH),
                b.host().userId(), b.start(), b.start().plus(CALL_LENGTH), Actor.contact(), "Travelling that day");
        return valid(EventType.CALL_RESCHEDULED, "scheduling", ws, b.callId(), data, time);
    }

    static CloudEvent callCancelled(TestWorkspace ws, Booking b, Instant time) {
        var data = new CallCancelled(b.callId(), b.contactId(), "CONTACT", Actor.contact(), "Found another provider");
        return valid(EventType.CALL_CANCELLED, "scheduling", ws, b.callId(), data, time);
    }

    /** An active event type of the given kind (DISCOVERY or STRATEGY) hosted by the given users. */
    static CloudEvent eventTypeSaved(TestWorkspace ws, UUID eventTypeId, String kind, List<UUID> hosts, Instant time) {
        var data = new EventTypeSaved(eventTypeId, kind.equals("DISCOVERY") ? "Discovery Call" : "Strategy Call", kind, 30,
                "ROUND_ROBIN", hosts, 60, false, true);
        return valid(EventType.EVENT_TYPE_SAVED, "scheduling", ws, eventTypeId, data, time);
    }

    static CloudEvent leadCaptured(TestWorkspace ws, Invitee invitee, String status, Instant capturedAt) {
        UUID leadId = UUID.randomUUID();
        var data = new LeadCaptured(leadId, UUID.randomUUID(), status, null, invitee,
                List.of(new Answer("Team size", "3 closers")), null, "203.0.113.7", capturedAt);
        return valid(EventType.LEAD_CAPTURED, "scheduling", ws, leadId, data, capturedAt);
    }

    /** Captured from the booking form (actor CONTACT), with or without a setter owner. */
    static CloudEvent contactCreated(TestWorkspace ws, UUID contactId, Invitee invitee, String leadStatus,
                                     UUID setterOwnerId, Instant time) {
        var data = new ContactCreated(contactId, invitee.email(), invitee.name(), invitee.phone(), invitee.timeZone(),
                leadStatus, null, setterOwnerId, null, null, Actor.contact());
        return valid(EventType.CONTACT_CREATED, "contacts", ws, contactId, data, time);
    }

    /** A setter claims the contact: owner and actor are the same member. */
    static CloudEvent claimed(TestWorkspace ws, UUID contactId, UUID setterId, Instant time) {
        var data = new ContactOwnerAssigned(contactId, "SETTER", null, setterId, Actor.user(setterId));
        return valid(EventType.CONTACT_OWNER_ASSIGNED, "contacts", ws, contactId, data, time);
    }

    static CloudEvent merged(TestWorkspace ws, UUID primaryId, UUID duplicateId, Instant time) {
        var data = new ContactMerged(primaryId, duplicateId, Actor.user(ws.managerId()));
        return valid(EventType.CONTACT_MERGED, "contacts", ws, primaryId, data, time);
    }

    static CloudEvent bookingRequested(TestWorkspace ws, UUID approvalId, UUID contactId, UUID setterId,
                                       Invitee invitee, Instant start, Map<String, String> notes, Instant time) {
        var data = new BookingRequested(approvalId, contactId, UUID.randomUUID(), null, start, setterId, invitee,
                List.of(), null, notes);
        return valid(EventType.BOOKING_REQUESTED, "contacts", ws, contactId, data, time);
    }

    static CloudEvent discoveryApproved(TestWorkspace ws, UUID contactId, UUID setterId, String notes, Instant time) {
        UUID callId = UUID.randomUUID();
        var data = new OutcomeRecorded(UUID.randomUUID(), callId, contactId, "DISCOVERY", 1, "APPROVED", null, null,
                notes, setterId, null, null, Actor.user(setterId), time);
        return valid(EventType.OUTCOME_RECORDED, "outcomes", ws, callId, data, time);
    }

    private static CloudEvent valid(EventType type, String service, TestWorkspace ws, UUID subject, Object data,
                                    Instant time) {
        CloudEvent event = CloudEvent.of(type, "/handoff/" + service + "-service", ws.id(), subject.toString(), data,
                time);
        EventSchemas.requireValid(event);
        return event;
    }
}
