package io.handoff.notifications.messaging;

import io.handoff.directory.DirectoryProjection;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactMerged;
import io.handoff.events.contacts.ContactOwnerAssigned;
import io.handoff.events.contacts.ContactStageChanged;
import io.handoff.notifications.alert.LeadAlerts;
import io.handoff.notifications.contact.ContactMerges;
import io.handoff.notifications.contact.ContactProjection;
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies contacts-service's events: the workspace directory, the contact copy (owners, setter actions,
 * handoff notes, merges) with the qualified-lead alerts waiting for it.
 */
@ApplicationScoped
public class ContactsEventsHandler extends EventHandler {

    @Inject
    DirectoryProjection directory;
    @Inject
    ContactProjection contacts;
    @Inject
    ContactMerges merges;
    @Inject
    LeadAlerts alerts;

    public ContactsEventsHandler() {
        super(DirectoryProjection.withDirectory(EventType.CONTACT_CREATED,
                EventType.CONTACT_OWNER_ASSIGNED, EventType.CONTACT_STAGE_CHANGED, EventType.BOOKING_REQUESTED,
                EventType.CONTACT_MERGED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        return switch (typeOf(event)) {
            case CONTACT_CREATED -> contacts.onCreated(event, event.dataAs(ContactCreated.class))
                    .chain(alerts::onContactKnown);
            case CONTACT_OWNER_ASSIGNED -> contacts.onOwnerAssigned(event, event.dataAs(ContactOwnerAssigned.class));
            case CONTACT_STAGE_CHANGED -> contacts.onStageChanged(event, event.dataAs(ContactStageChanged.class));
            case BOOKING_REQUESTED -> contacts.onBookingRequested(event, event.dataAs(BookingRequested.class));
            case CONTACT_MERGED -> merges.onMerged(event, event.dataAs(ContactMerged.class));
            default -> directory.apply(event);
        };
    }
}
