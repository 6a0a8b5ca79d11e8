package io.handoff.outcomes.messaging;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.deals.DealDeleted;
import io.handoff.events.deals.DealDetails;
import io.handoff.outcomes.deal.DealProjection;
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Applies deals-service's deal events to analytics (revenue, closing and engagement rates). */
@ApplicationScoped
public class DealsEventsHandler extends EventHandler {

    @Inject
    DealProjection deals;

    public DealsEventsHandler() {
        super(Set.of(EventType.DEAL_CREATED, EventType.DEAL_UPDATED,
                EventType.DEAL_DELETED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        return switch (typeOf(event)) {
            case DEAL_CREATED, DEAL_UPDATED -> deals.changed(event, event.dataAs(DealDetails.class));
            case DEAL_DELETED -> deals.deleted(event, event.dataAs(DealDeleted.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
