package io.handoff.deals.messaging;

import io.handoff.deals.call.CallProjection;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies scheduling-service's events: booked (and moved) calls, whose host and setter deals inherit. */
@ApplicationScoped
public class SchedulingEventsConsumer {

    static final String CONSUMER = "deals-service.scheduling";

    @Inject
    EventConsumer consumer;
    @Inject
    CallProjection calls;

    @Incoming("scheduling-events")
    public Uni<Void> onEvent(String payload) {
        return consumer.consume(CONSUMER, payload, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        if (EventType.CALL_BOOKED.type().equals(event.type())) {
            return calls.applyBooked(event.workspaceId(), event.dataAs(CallBooked.class), event.time());
        }
        if (EventType.CALL_RESCHEDULED.type().equals(event.type())) {
            return calls.applyRescheduled(event.workspaceId(), event.dataAs(CallRescheduled.class), event.time());
        }
        return Uni.createFrom().voidItem();
    }
}
