package io.handoff.contacts.messaging;

import io.handoff.contacts.contact.ContactService;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies scheduling-service's events to contacts: captured leads become or update contacts. */
@ApplicationScoped
public class SchedulingEventsConsumer {

    static final String CONSUMER = "contacts-service.scheduling";

    @Inject
    EventConsumer consumer;
    @Inject
    ContactService contacts;

    @Incoming("scheduling-events")
    public Uni<Void> onEvent(String payload) {
        return consumer.consume(CONSUMER, payload, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        if (EventType.LEAD_CAPTURED.type().equals(event.type())) {
            return contacts.captureLead(event.workspaceId(), event.dataAs(LeadCaptured.class));
        }
        return Uni.createFrom().voidItem();
    }
}
