package io.handoff.deals.messaging;

import io.handoff.deals.outcome.OutcomeProjection;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies outcomes-service's events: a call's current outcome, so that a SALE without its deal shows up. */
@ApplicationScoped
public class OutcomesEventsConsumer {

    static final String CONSUMER = "deals-service.outcomes";

    @Inject
    EventConsumer consumer;
    @Inject
    OutcomeProjection outcomes;

    @Incoming("outcomes-events")
    public Uni<Void> onEvent(String payload) {
        return consumer.consume(CONSUMER, payload, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        if (EventType.OUTCOME_RECORDED.type().equals(event.type())) {
            return outcomes.applyRecorded(event.workspaceId(), event.dataAs(OutcomeRecorded.class));
        }
        return Uni.createFrom().voidItem();
    }
}
