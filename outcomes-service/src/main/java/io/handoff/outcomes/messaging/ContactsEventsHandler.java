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
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies contacts-service's events: workspaces and users to the directory copy, contacts' emails and what
 * users did to contacts to the setter-performance projection.
 */
@ApplicationScoped
public class ContactsEventsHandler extends EventHandler {

    @Inject
    DirectoryProjection directory;
    @Inject
    WorkspaceTimeZones workspaces;
    @Inject
    ContactActivityProjection activity;

    public ContactsEventsHandler() {
        super(DirectoryProjection.withDirectory(EventType.CONTACT_CREATED, EventType.CONTACT_OWNER_ASSIGNED, EventType.BOOKING_REQUESTED, EventType.CONTACT_STAGE_CHANGED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        if (directory.handles(event)) {
            return workspaces.apply(event);
        }
        return switch (typeOf(event)) {
            case CONTACT_CREATED -> activity.created(event, event.dataAs(ContactCreated.class));
            case CONTACT_OWNER_ASSIGNED -> activity.ownerAssigned(event, event.dataAs(ContactOwnerAssigned.class));
            case BOOKING_REQUESTED -> activity.bookingRequested(event, event.dataAs(BookingRequested.class));
            case CONTACT_STAGE_CHANGED -> activity.stageChanged(event, event.dataAs(ContactStageChanged.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
