package io.handoff.scheduling.messaging;

import io.handoff.directory.DirectoryProjection;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactMerged;
import io.handoff.platform.inbox.EventHandler;
import io.handoff.scheduling.approval.ApprovalBookingService;
import io.handoff.scheduling.contact.KnownContacts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies contacts-service's events: the workspace directory (slugs, plans, hosts' names and zones),
 * contacts' emails (and merges), and approvals asking for a strategy call to be booked.
 */
@ApplicationScoped
public class ContactsEventsHandler extends EventHandler {

    @Inject
    DirectoryProjection directory;
    @Inject
    KnownContacts contacts;
    @Inject
    ApprovalBookingService approvals;

    public ContactsEventsHandler() {
        super(DirectoryProjection.withDirectory(EventType.BOOKING_REQUESTED,
                EventType.CONTACT_CREATED, EventType.CONTACT_MERGED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        return switch (typeOf(event)) {
            case BOOKING_REQUESTED -> approvals.answerRequest(event.workspaceId(), event.dataAs(BookingRequested.class));
            case CONTACT_CREATED -> contacts.contactCreated(event.workspaceId(), event.dataAs(ContactCreated.class));
            case CONTACT_MERGED -> contacts.contactMerged(event.workspaceId(), event.dataAs(ContactMerged.class));
            default -> directory.apply(event);
        };
    }
}
