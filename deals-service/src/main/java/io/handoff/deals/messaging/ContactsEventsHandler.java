package io.handoff.deals.messaging;

import io.handoff.deals.contact.ContactProjection;
import io.handoff.directory.DirectoryProjection;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactMerged;
import io.handoff.platform.inbox.EventHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies contacts-service's events: workspaces and users go to the directory, contacts' emails match payments,
 * and a merge moves the duplicate's deals, transactions and outcomes to the primary.
 */
@ApplicationScoped
public class ContactsEventsHandler extends EventHandler {

    @Inject
    DirectoryProjection directory;
    @Inject
    ContactProjection contacts;

    public ContactsEventsHandler() {
        super(DirectoryProjection.withDirectory(EventType.CONTACT_CREATED,
                EventType.CONTACT_MERGED));
    }

    @Override
    public Uni<Void> apply(CloudEvent event) {
        if (directory.handles(event)) {
            return directory.apply(event);
        }
        if (EventType.CONTACT_CREATED.type().equals(event.type())) {
            return contacts.applyCreated(event.workspaceId(), event.dataAs(ContactCreated.class), event.time());
        }
        if (EventType.CONTACT_MERGED.type().equals(event.type())) {
            return contacts.applyMerged(event.workspaceId(), event.dataAs(ContactMerged.class), event.time());
        }
        return Uni.createFrom().voidItem();
    }
}
