package io.handoff.scheduling.messaging;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.platform.inbox.EventConsumer;
import io.handoff.scheduling.outcome.CallOutcomeService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies outcomes-service's events: calls' current outcomes (the discovery gate, the calls list's tags). */
@ApplicationScoped
public class OutcomesEventsConsumer {

    static final String CONSUMER = "scheduling-service.outcomes";

    @Inject
    EventConsumer consumer;
    @Inject
    CallOutcomeService outcomes;

    @Incoming("outcomes-events")
    public Uni<Void> onEvent(String payload) {
        return consumer.consume(CONSUMER, payload, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        if (EventType.OUTCOME_RECORDED.type().equals(event.type())) {
            return outcomes.recordOutcome(event.workspaceId(), event.dataAs(OutcomeRecorded.class));
        }
        return Uni.createFrom().voidItem();
    }
}
