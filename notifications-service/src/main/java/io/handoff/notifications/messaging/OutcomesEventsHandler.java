package io.handoff.notifications.messaging;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.notifications.contact.ContactProjection;
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Applies outcomes-service's events: the setter's discovery outcome, for the closer's brief. */
@ApplicationScoped
public class OutcomesEventsHandler extends EventHandler {

    @Inject
    ContactProjection contacts;

    public OutcomesEventsHandler() {
        super(Set.of(EventType.OUTCOME_RECORDED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        return contacts.onOutcomeRecorded(event, event.dataAs(OutcomeRecorded.class));
    }
}
