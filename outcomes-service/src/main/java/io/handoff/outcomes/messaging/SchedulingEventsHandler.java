package io.handoff.outcomes.messaging;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.outcomes.call.CallProjection;
import io.handoff.outcomes.lead.LeadProjection;
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Applies scheduling-service's call events to the calls outcomes are recorded for, and its leads to analytics. */
@ApplicationScoped
public class SchedulingEventsHandler extends EventHandler {

    @Inject
    CallProjection calls;
    @Inject
    LeadProjection leads;

    public SchedulingEventsHandler() {
        super(Set.of(EventType.CALL_BOOKED, EventType.CALL_RESCHEDULED,
                EventType.CALL_CANCELLED, EventType.LEAD_CAPTURED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        return switch (typeOf(event)) {
            case CALL_BOOKED -> calls.booked(event, event.dataAs(CallBooked.class));
            case CALL_RESCHEDULED -> calls.rescheduled(event, event.dataAs(CallRescheduled.class));
            case CALL_CANCELLED -> calls.cancelled(event, event.dataAs(CallCancelled.class));
            case LEAD_CAPTURED -> leads.captured(event, event.dataAs(LeadCaptured.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
