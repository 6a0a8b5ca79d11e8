package io.handoff.deals.messaging;

import io.handoff.deals.call.CallProjection;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

import java.util.EnumSet;

/** Applies scheduling-service's events: booked (and moved) calls, whose host and setter deals inherit. */
@ApplicationScoped
public class SchedulingEventsHandler extends EventHandler {

    @Inject
    CallProjection calls;

    public SchedulingEventsHandler() {
        super(EnumSet.of(EventType.CALL_BOOKED, EventType.CALL_RESCHEDULED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        if (EventType.CALL_BOOKED.type().equals(event.type())) {
            return calls.applyBooked(event.workspaceId(), event.dataAs(CallBooked.class), event.time());
        }
        if (EventType.CALL_RESCHEDULED.type().equals(event.type())) {
            return calls.applyRescheduled(event.workspaceId(), event.dataAs(CallRescheduled.class), event.time());
        }
        return Uni.createFrom().voidItem();
    }
}
