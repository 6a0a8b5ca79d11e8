package io.handoff.outcomes.messaging;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.deals.DealDeleted;
import io.handoff.events.deals.DealDetails;
import io.handoff.outcomes.deal.DealProjection;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies deals-service's deal events to analytics (revenue, closing and engagement rates). */
@ApplicationScoped
public class DealsEventsConsumer {

    static final String CONSUMER = "outcomes-service.deals";

    @Inject
    EventConsumer consumer;
    @Inject
    DealProjection deals;

    @Incoming("deals-events")
    public Uni<Void> onEvent(String payload) {
        return consumer.consume(CONSUMER, payload, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        return EventType.ofType(event.type()).map(type -> switch (type) {
            case DEAL_CREATED, DEAL_UPDATED -> deals.changed(event, event.dataAs(DealDetails.class));
            case DEAL_DELETED -> deals.deleted(event, event.dataAs(DealDeleted.class));
            default -> Uni.createFrom().voidItem();
        }).orElseGet(() -> Uni.createFrom().voidItem());
    }
}
