package io.handoff.contacts.messaging;

import io.handoff.contacts.approval.ApprovalService;
import io.handoff.contacts.call.CallActivity;
import io.handoff.contacts.contact.LeadIntake;
import io.handoff.contacts.eventtype.KnownEventTypes;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.scheduling.BookingRejected;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.events.scheduling.EventTypeSaved;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * Applies scheduling-service's events: captured leads, booked/moved/cancelled calls, failed bookings, and the
 * event types approvals are checked against.
 */
@ApplicationScoped
public class SchedulingEventsHandler extends EventHandler {

    @Inject
    LeadIntake leads;
    @Inject
    CallActivity calls;
    @Inject
    ApprovalService approvals;
    @Inject
    KnownEventTypes eventTypes;

    public SchedulingEventsHandler() {
        super(Set.of(EventType.LEAD_CAPTURED, EventType.CALL_BOOKED,
                EventType.CALL_RESCHEDULED, EventType.CALL_CANCELLED, EventType.BOOKING_REJECTED, EventType.EVENT_TYPE_SAVED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        return switch (typeOf(event)) {
            case LEAD_CAPTURED -> leads.captureLead(event, event.dataAs(LeadCaptured.class));
            case CALL_BOOKED -> calls.onBooked(event, event.dataAs(CallBooked.class));
            case CALL_RESCHEDULED -> calls.onRescheduled(event, event.dataAs(CallRescheduled.class));
            case CALL_CANCELLED -> calls.onCancelled(event, event.dataAs(CallCancelled.class));
            case BOOKING_REJECTED -> approvals.settleRejected(event, event.dataAs(BookingRejected.class));
            case EVENT_TYPE_SAVED -> eventTypes.onSaved(event, event.dataAs(EventTypeSaved.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
