package io.handoff.notifications.messaging;

import io.handoff.events.EventType;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.notifications.contact.ContactProjection;
import io.handoff.notifications.delivery.DeliveryService;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies outcomes-service's events: the setter's discovery outcome for the brief, and webhook deliveries. */
@ApplicationScoped
public class OutcomesEventsConsumer {

    static final String CONSUMER = "notifications-service.outcomes";

    @Inject
    EventConsumer consumer;
    @Inject
    ContactProjection contacts;
    @Inject
    DeliveryService deliveries;

    @Incoming("outcomes-events")
    public Uni<Void> onOutcomesEvent(String payload) {
        return consumer.consume(CONSUMER, payload, event -> (EventType.OUTCOME_RECORDED.type().equals(event.type())
                ? contacts.onOutcomeRecorded(event, event.dataAs(OutcomeRecorded.class))
                : Uni.createFrom().voidItem())
                .chain(() -> deliveries.planDeliveries(event)));
    }
}
