package io.handoff.notifications.messaging;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.events.scheduling.EventTypeSaved;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.notifications.alert.LeadAlerts;
import io.handoff.notifications.call.CallProjection;
import io.handoff.notifications.delivery.DeliveryService;
import io.handoff.notifications.eventtype.KnownEventTypes;
import io.handoff.notifications.schedule.ReminderPlanner;
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * Applies scheduling-service's events: qualified leads alert setters, booked calls plan confirmation,
 * reminders and the closer's brief, reschedules re-plan them, cancellations drop them; event types tell
 * setters (hosts of discovery calls) from closers.
 */
@ApplicationScoped
public class SchedulingEventsHandler extends EventHandler {

    @Inject
    LeadAlerts alerts;
    @Inject
    CallProjection calls;
    @Inject
    ReminderPlanner reminders;
    @Inject
    DeliveryService deliveries;
    @Inject
    KnownEventTypes eventTypes;

    public SchedulingEventsHandler() {
        super(Set.of(EventType.LEAD_CAPTURED, EventType.CALL_BOOKED,
                EventType.CALL_RESCHEDULED, EventType.CALL_CANCELLED, EventType.EVENT_TYPE_SAVED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        return switch (typeOf(event)) {
            case LEAD_CAPTURED -> alerts.onLeadCaptured(event, event.dataAs(LeadCaptured.class));
            case CALL_BOOKED -> calls.onBooked(event, event.dataAs(CallBooked.class))
                    .chain(call -> call == null ? Uni.createFrom().voidItem() : reminders.planBooked(call));
            case CALL_RESCHEDULED -> calls.onRescheduled(event, event.dataAs(CallRescheduled.class))
                    .chain(call -> call == null ? Uni.createFrom().voidItem() : reminders.replan(call));
            case CALL_CANCELLED -> onCancelled(event, event.dataAs(CallCancelled.class));
            case EVENT_TYPE_SAVED -> eventTypes.onSaved(event, event.dataAs(EventTypeSaved.class));
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> onCancelled(CloudEvent event, CallCancelled cancelled) {
        String reason = "The call was cancelled" + (cancelled.reason() == null ? "." : ": " + cancelled.reason());
        return calls.onCancelled(event, cancelled)
                .chain(() -> reminders.cancelPending(event.workspaceId(), cancelled.callId(), reason));
    }
}
