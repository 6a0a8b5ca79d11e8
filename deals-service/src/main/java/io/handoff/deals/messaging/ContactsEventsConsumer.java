package io.handoff.deals.messaging;

import io.handoff.directory.DirectoryProjection;
import io.handoff.events.CloudEvent;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies contacts-service's events: workspaces and users go to the directory, the rest is not needed here. */
@ApplicationScoped
public class ContactsEventsConsumer {

    static final String CONSUMER = "deals-service.contacts";

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
