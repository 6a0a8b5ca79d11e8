package io.handoff.scheduling.messaging;

import io.handoff.directory.DirectoryProjection;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactMerged;
import io.handoff.platform.inbox.EventConsumer;
import io.handoff.scheduling.approval.ApprovalBookingService;
import io.handoff.scheduling.contact.KnownContacts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies contacts-service's events: the workspace directory (slugs, plans, hosts' names and zones),
 * contacts' emails (and merges), and approvals asking for a strategy call to be booked.
 */
@ApplicationScoped
public class ContactsEventsConsumer {

    static final String CONSUMER = "scheduling-service.contacts";

    @Inject
    EventConsumer consumer;
    @Inject
    DirectoryProjection directory;
    @Inject
    KnownContacts contacts;
    @Inject
    ApprovalBookingService approvals;

    @Incoming("contacts-events")
    public Uni<Void> onEvent(String payload) {
        return consumer.consume(CONSUMER, payload, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        if (directory.handles(event)) {
            return directory.apply(event);
        }
        if (EventType.BOOKING_REQUESTED.type().equals(event.type())) {
            return approvals.answerRequest(event.workspaceId(), event.dataAs(BookingRequested.class));
        }
        if (EventType.CONTACT_CREATED.type().equals(event.type())) {
            return contacts.contactCreated(event.workspaceId(), event.dataAs(ContactCreated.class));
        }
        if (EventType.CONTACT_MERGED.type().equals(event.type())) {
            return contacts.contactMerged(event.workspaceId(), event.dataAs(ContactMerged.class));
        }
        return Uni.createFrom().voidItem();
    }
}
