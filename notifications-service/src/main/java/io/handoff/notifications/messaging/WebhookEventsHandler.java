package io.handoff.notifications.messaging;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.notifications.delivery.DeliveryService;
import io.handoff.notifications.webhook.SubscribableEvents;
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** Turns every subscribable event of any topic into webhook deliveries to the endpoints that subscribe to it. */
@ApplicationScoped
public class WebhookEventsHandler extends EventHandler {

    @Inject
    DeliveryService deliveries;

    public WebhookEventsHandler() {
        super(Arrays.stream(EventType.values())
                .filter(type -> SubscribableEvents.isSubscribable(SubscribableEvents.webhookType(type.type())))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class))));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        return deliveries.planDeliveries(event);
    }
}
