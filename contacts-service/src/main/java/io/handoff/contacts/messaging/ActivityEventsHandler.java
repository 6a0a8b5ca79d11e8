package io.handoff.contacts.messaging;

import io.handoff.contacts.deal.DealActivity;
import io.handoff.contacts.journey.Journey;
import io.handoff.contacts.notification.NotificationActivity;
import io.handoff.contacts.outcome.OutcomeActivity;
import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.deals.DealDeleted;
import io.handoff.events.deals.DealDetails;
import io.handoff.events.notifications.LeadSlaBreached;
import io.handoff.events.notifications.NotificationSent;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * Applies what the other services report about contacts: outcomes (with their stage mapping), deals, and
 * notifications sent, so the card and the journey tell the whole story.
 */
@ApplicationScoped
public class ActivityEventsHandler extends EventHandler {

    @Inject
    OutcomeActivity outcomes;
    @Inject
    DealActivity deals;
    @Inject
    NotificationActivity notifications;
    @Inject
    Journey journey;

    public ActivityEventsHandler() {
        super(Set.of(EventType.OUTCOME_RECORDED, EventType.DEAL_CREATED,
                EventType.DEAL_UPDATED, EventType.DEAL_DELETED, EventType.NOTIFICATION_SENT, EventType.LEAD_SLA_BREACHED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        return switch (typeOf(event)) {
            case OUTCOME_RECORDED -> outcomes.onRecorded(event, event.dataAs(OutcomeRecorded.class));
            case DEAL_CREATED -> deals.onSaved(event, event.dataAs(DealDetails.class), true);
            case DEAL_UPDATED -> deals.onSaved(event, event.dataAs(DealDetails.class), false);
            case DEAL_DELETED -> deals.onDeleted(event, event.dataAs(DealDeleted.class));
            case NOTIFICATION_SENT -> notifications.onSent(event, event.dataAs(NotificationSent.class));
            case LEAD_SLA_BREACHED -> slaBreached(event, event.dataAs(LeadSlaBreached.class));
            default -> Uni.createFrom().voidItem();
        };
    }

    private Uni<Void> slaBreached(CloudEvent event, LeadSlaBreached breach) {
        return journey.recordEvent(event, breach.contactId(), "SLA_BREACHED", Actor.system(),
                "No setter action within " + breach.slaMinutes() + " minutes of qualifying",
                Journey.details("setterOwnerId", breach.setterOwnerId()));
    }
}
