package io.handoff.scheduling.messaging;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.platform.inbox.EventHandler;
import io.handoff.scheduling.outcome.CallOutcomeService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Applies outcomes-service's events: calls' current outcomes (the discovery gate, the calls list's tags). */
@ApplicationScoped
public class OutcomesEventsHandler extends EventHandler {

    @Inject
    CallOutcomeService outcomes;

    public OutcomesEventsHandler() {
        super(Set.of(EventType.OUTCOME_RECORDED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        return outcomes.recordOutcome(event.workspaceId(), event.dataAs(OutcomeRecorded.class));
    }
}
