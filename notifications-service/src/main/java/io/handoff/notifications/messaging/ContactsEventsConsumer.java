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
import io.handoff.notifications.delivery.DeliveryService;
import io.handoff.platform.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies contacts-service's events: the workspace directory, the contact copy (owners, setter actions,
 * handoff notes, merges) with the qualified-lead alerts waiting for it, and webhook deliveries, all in the
 * transaction that records the event in the inbox.
 */
@ApplicationScoped
public class ContactsEventsConsumer {

    static final String CONSUMER = "notifications-service.contacts";

    @Inject
    EventConsumer consumer;
    @Inject
    DirectoryProjection directory;
    @Inject
    ContactProjection contacts;
    @Inject
    ContactMerges merges;
    @Inject
    LeadAlerts alerts;
    @Inject
    DeliveryService deliveries;

    @Incoming("contacts-events")
    public Uni<Void> onContactsEvent(String payload) {
        return consumer.consume(CONSUMER, payload, event -> directory.handles(event) ? directory.apply(event)
                : apply(event).chain(() -> deliveries.planDeliveries(event)));
    }

    private Uni<Void> apply(CloudEvent event) {
        return switch (EventType.ofType(event.type()).orElse(EventType.WEBHOOK_DELIVERY_FAILED)) {
            case CONTACT_CREATED -> contacts.onCreated(event, event.dataAs(ContactCreated.class))
                    .chain(alerts::onContactKnown);
            case CONTACT_OWNER_ASSIGNED -> contacts.onOwnerAssigned(event, event.dataAs(ContactOwnerAssigned.class));
            case CONTACT_STAGE_CHANGED -> contacts.onStageChanged(event, event.dataAs(ContactStageChanged.class));
            case BOOKING_REQUESTED -> contacts.onBookingRequested(event, event.dataAs(BookingRequested.class));
            case CONTACT_MERGED -> merges.onMerged(event, event.dataAs(ContactMerged.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
