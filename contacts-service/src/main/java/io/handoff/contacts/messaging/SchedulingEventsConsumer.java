package io.handoff.contacts.messaging;

import io.handoff.contacts.approval.ApprovalService;
import io.handoff.contacts.call.CallActivity;
import io.handoff.contacts.contact.LeadIntake;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.scheduling.BookingRejected;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies scheduling-service's events: captured leads, booked/moved/cancelled calls, failed bookings. */
@ApplicationScoped
public class SchedulingEventsConsumer {

    static final String CONSUMER = "contacts-service.scheduling";

    @Inject
    EventConsumer consumer;
    @Inject
    LeadIntake leads;
    @Inject
    CallActivity calls;
    @Inject
    ApprovalService approvals;

    @Incoming("scheduling-events")
    public Uni<Void> onEvent(String payload) {
        return consumer.consume(CONSUMER, payload, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        return switch (EventType.ofType(event.type()).orElse(EventType.WEBHOOK_DELIVERY_FAILED)) {
            case LEAD_CAPTURED -> leads.captureLead(event, event.dataAs(LeadCaptured.class));
            case CALL_BOOKED -> calls.onBooked(event, event.dataAs(CallBooked.class));
            case CALL_RESCHEDULED -> calls.onRescheduled(event, event.dataAs(CallRescheduled.class));
            case CALL_CANCELLED -> calls.onCancelled(event, event.dataAs(CallCancelled.class));
            case BOOKING_REJECTED -> approvals.settleRejected(event, event.dataAs(BookingRejected.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
