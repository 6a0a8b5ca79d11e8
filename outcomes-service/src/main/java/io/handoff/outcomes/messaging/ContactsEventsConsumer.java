package io.handoff.outcomes.messaging;

import io.handoff.directory.DirectoryProjection;
import io.handoff.events.CloudEvent;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies contacts-service's workspace and user events to this service's directory copy. */
@ApplicationScoped
public class ContactsEventsConsumer {

    static final String CONSUMER = "outcomes-service.contacts";

    @Inject
    EventConsumer consumer;
    @Inject
    DirectoryProjection directory;

    @Incoming("contacts-events")
    public Uni<Void> onEvent(String payload) {
        return consumer.consume(CONSUMER, payload, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        return directory.handles(event) ? directory.apply(event) : Uni.createFrom().voidItem();
    }
}
