package io.handoff.outcomes;

import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.StageRef;
import io.handoff.events.Utm;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactOwnerAssigned;
import io.handoff.events.contacts.ContactStageChanged;
import io.handoff.events.deals.DealDeleted;
import io.handoff.events.deals.DealDetails;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.events.scheduling.LeadCaptured;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events of contacts-, scheduling- and deals-service about one workspace, built as those services publish
 * them (each validates against its schema when delivered), for the analytics tests.
 */
record WorkspaceEvents(UUID workspaceId) {

    private static final String CONTACTS = "/handoff/contacts-service";
    private static final String SCHEDULING = "/handoff/scheduling-service";
    private static final String DEALS = "/handoff/deals-service";

    CloudEvent lead(UUID leadId, UUID eventTypeId, String status, String email, String utmSource, Instant capturedAt) {
        var data = new LeadCaptured(leadId, eventTypeId, status, "DISQUALIFIED".equals(status) ? "Budget" : null,
                new Invitee(email, "Lee Lead", null, "Europe/Berlin"), List.of(), utm(utmSource), "203.0.113.9",
                capturedAt);
        return event(EventType.LEAD_CAPTURED, SCHEDULING, leadId, data, capturedAt);
    }

    /** A call booked for the time given; setBy null: the invitee booked it on the public page. */
    CloudEvent booked(UUID callId, UUID eventTypeId, String eventTypeName, String kind, UUID hostId, UUID setById,
                      String utmSource, Instant start, Instant end) {
        var data = new CallBooked(callId, eventTypeId, eventTypeName, kind, new PersonRef(hostId, null, null), null,
                UUID.randomUUID(), null, new Invitee("lee@example.com", "Lee Lead", null, "UTC"), start, end,
                setById == null ? null : new PersonRef(setById, null, null), setById == null ? "PUBLIC" : "INTERNAL",
                List.of(), utm(utmSource));
        return event(EventType.CALL_BOOKED, SCHEDULING, callId, data, Instant.now());
    }

    CloudEvent rescheduled(UUID callId, UUID previousHostId, Instant previousStart, Instant previousEnd, UUID hostId,
                           Instant start, Instant end) {
        var data = new CallRescheduled(callId, null, hostId, start, end, previousHostId, previousStart, previousEnd,
                Actor.system(), "Moved");
        return event(EventType.CALL_RESCHEDULED, SCHEDULING, callId, data, Instant.now());
    }

    CloudEvent cancelled(UUID callId) {
        var data = new CallCancelled(callId, null, "CONTACT", Actor.contact(), "Cannot make it");
        return event(EventType.CALL_CANCELLED, SCHEDULING, callId, data, Instant.now());
    }

    /** deal.created.v1 or deal.updated.v1 in the workspace's currency (EUR). */
    CloudEvent deal(EventType type, UUID dealId, UUID callId, UUID closerId, UUID setterId, String value,
                    String paymentType, LocalDate date) {
        var data = new DealDetails(dealId, UUID.randomUUID(), callId, closerId, setterId, new BigDecimal(value), "EUR",
                date, null, "Coaching", paymentType, null, null);
        return event(type, DEALS, dealId, data, Instant.now());
    }

    CloudEvent dealDeleted(UUID dealId, UUID callId) {
        return event(EventType.DEAL_DELETED, DEALS, dealId, new DealDeleted(dealId, UUID.randomUUID(), callId),
                Instant.now());
    }

    CloudEvent contactCreated(UUID contactId, String email) {
        var data = new ContactCreated(contactId, email, "Lee Lead", null, "Europe/Berlin", "POTENTIAL", null, null, null,
                null, Actor.contact());
        return event(EventType.CONTACT_CREATED, CONTACTS, contactId, data, Instant.now());
    }

    /** ownerId null: the owner was removed. */
    CloudEvent ownerAssigned(UUID contactId, String ownerRole, UUID ownerId, Instant at) {
        var data = new ContactOwnerAssigned(contactId, ownerRole, null, ownerId,
                Actor.user(ownerId == null ? UUID.randomUUID() : ownerId));
        return event(EventType.CONTACT_OWNER_ASSIGNED, CONTACTS, contactId, data, at);
    }

    CloudEvent bookingRequested(UUID contactId, UUID requestedBy, Instant at) {
        var data = new BookingRequested(UUID.randomUUID(), contactId, UUID.randomUUID(), null, at.plusSeconds(86_400),
                requestedBy, new Invitee("lee@example.com", "Lee Lead", null, "UTC"), List.of(), null, null);
        return event(EventType.BOOKING_REQUESTED, CONTACTS, contactId, data, at);
    }

    CloudEvent stageChanged(UUID contactId, Actor actor, Instant at) {
        var data = new ContactStageChanged(contactId, null, new StageRef(UUID.randomUUID(), "Contacted", "ACTIVE"),
                actor, null);
        return event(EventType.CONTACT_STAGE_CHANGED, CONTACTS, contactId, data, at);
    }

    private CloudEvent event(EventType type, String source, UUID subject, Object data, Instant time) {
        return CloudEvent.of(type, source, workspaceId, subject.toString(), data, time);
    }

    private static Utm utm(String source) {
        return source == null ? null : new Utm(source, "cpc", "autumn", null, null);
    }
}
