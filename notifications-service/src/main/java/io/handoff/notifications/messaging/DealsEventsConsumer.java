package io.handoff.notifications.messaging;

import io.handoff.notifications.delivery.DeliveryService;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Turns deals-service's events into webhook deliveries, in the transaction that records them in the inbox. */
@ApplicationScoped
public class DealsEventsConsumer {

    static final String CONSUMER = "notifications-service.deals";

    @Inject
    EventConsumer consumer;
    @Inject
    DeliveryService deliveries;

    @Incoming("deals-events")
    public Uni<Void> onDealsEvent(String payload) {
        return consumer.consume(CONSUMER, payload, deliveries::planDeliveries);
    }
}
