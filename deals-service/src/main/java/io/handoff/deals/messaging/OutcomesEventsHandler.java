package io.handoff.deals.messaging;

import io.handoff.deals.outcome.OutcomeProjection;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

import java.util.EnumSet;

/** Applies outcomes-service's events: a call's current outcome, so that a SALE without its deal shows up. */
@ApplicationScoped
public class OutcomesEventsHandler extends EventHandler {

    @Inject
    OutcomeProjection outcomes;

    public OutcomesEventsHandler() {
        super(EnumSet.of(EventType.OUTCOME_RECORDED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        if (EventType.OUTCOME_RECORDED.type().equals(event.type())) {
            return outcomes.applyRecorded(event.workspaceId(), event.dataAs(OutcomeRecorded.class));
        }
        return Uni.createFrom().voidItem();
    }
}
