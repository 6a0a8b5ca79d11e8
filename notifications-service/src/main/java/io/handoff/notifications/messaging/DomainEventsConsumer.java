package io.handoff.notifications.messaging;

import io.handoff.directory.DirectoryProjection;
import io.handoff.events.CloudEvent;
import io.handoff.notifications.delivery.DeliveryService;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns the other services' events into webhook deliveries (one per subscribed endpoint, planned in the
 * same transaction as the inbox record) and keeps the workspace directory from contacts-service's events.
 */
@ApplicationScoped
public class DomainEventsConsumer {

    static final String CONSUMER = "notifications-service.";

    @Inject
    EventConsumer consumer;
    @Inject
    DirectoryProjection directory;
    @Inject
    DeliveryService deliveries;

    @Incoming("contacts-events")
    public Uni<Void> onContactsEvent(String payload) {
        return consumer.consume(CONSUMER + "contacts", payload,
                event -> directory.handles(event) ? directory.apply(event) : deliveries.planDeliveries(event));
    }

    @Incoming("scheduling-events")
    public Uni<Void> onSchedulingEvent(String payload) {
        return consumer.consume(CONSUMER + "scheduling", payload, this::planDeliveries);
    }

    @Incoming("outcomes-events")
    public Uni<Void> onOutcomesEvent(String payload) {
        return consumer.consume(CONSUMER + "outcomes", payload, this::planDeliveries);
    }

    @Incoming("deals-events")
    public Uni<Void> onDealsEvent(String payload) {
        return consumer.consume(CONSUMER + "deals", payload, this::planDeliveries);
    }

    private Uni<Void> planDeliveries(CloudEvent event) {
        return deliveries.planDeliveries(event);
    }
}
