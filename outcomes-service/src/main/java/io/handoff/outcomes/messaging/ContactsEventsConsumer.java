package io.handoff.outcomes.messaging;

import io.handoff.directory.DirectoryProjection;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactOwnerAssigned;
import io.handoff.events.contacts.ContactStageChanged;
import io.handoff.outcomes.analytics.WorkspaceTimeZones;
import io.handoff.outcomes.contact.ContactActivityProjection;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies contacts-service's events: workspaces and users to the directory copy, contacts' emails and what
 * users did to contacts to the setter-performance projection.
 */
@ApplicationScoped
public class ContactsEventsConsumer {

    static final String CONSUMER = "outcomes-service.contacts";

    @Inject
    EventConsumer consumer;
    @Inject
    DirectoryProjection directory;
    @Inject
    WorkspaceTimeZones workspaces;
    @Inject
    ContactActivityProjection activity;

    @Incoming("contacts-events")
    public Uni<Void> onEvent(String payload) {
        return consumer.consume(CONSUMER, payload, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        if (directory.handles(event)) {
            return workspaces.apply(event);
        }
        return EventType.ofType(event.type()).map(type -> switch (type) {
            case CONTACT_CREATED -> activity.created(event, event.dataAs(ContactCreated.class));
            case CONTACT_OWNER_ASSIGNED -> activity.ownerAssigned(event, event.dataAs(ContactOwnerAssigned.class));
            case BOOKING_REQUESTED -> activity.bookingRequested(event, event.dataAs(BookingRequested.class));
            case CONTACT_STAGE_CHANGED -> activity.stageChanged(event, event.dataAs(ContactStageChanged.class));
            default -> Uni.createFrom().voidItem();
        }).orElseGet(() -> Uni.createFrom().voidItem());
    }
}
