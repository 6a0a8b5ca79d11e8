package io.handoff.deals.contact;

import io.handoff.deals.transaction.TransactionRepository;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactMerged;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the copy of contacts from contacts-service's events, inside the consumer's transaction. Events of one
 * contact may arrive out of order with a merge (other Kafka keys), so either may come first.
 */
@ApplicationScoped
public class ContactProjection {

    @Inject
    KnownContactRepository contacts;
    @Inject
    TransactionRepository transactions;
    @Inject
    ContactMerge merge;

    /** Payments that arrived before their contact now find it by email. */
    public Uni<Void> applyCreated(UUID workspaceId, ContactCreated created, Instant at) {
        return contacts.findById(created.contactId()).chain(found -> {
            KnownContact c = found != null ? found : new KnownContact();
            c.id = created.contactId();
            c.workspaceId = workspaceId;
            c.email = created.email();
            c.updatedAt = at;
            return (found != null ? contacts.flush().replaceWith(c) : contacts.persistAndFlush(c))
                    .chain(() -> transactions.matchUnmatched(workspaceId, c.email, c.currentId()))
                    .replaceWithVoid();
        });
    }

    /** The duplicate is remembered as merged (even if its creation is still on its way), then its records move. */
    public Uni<Void> applyMerged(UUID workspaceId, ContactMerged merged, Instant at) {
        UUID primaryId = merged.primaryContactId();
        UUID duplicateId = merged.duplicateContactId();
        return contacts.findById(duplicateId).chain(found -> {
            KnownContact d = found != null ? found : new KnownContact();
            d.id = duplicateId;
            d.workspaceId = workspaceId;
            d.mergedIntoId = primaryId;
            d.updatedAt = at;
            return found != null ? contacts.flush() : contacts.persistAndFlush(d).replaceWithVoid();
        }).chain(() -> contacts.repointMerged(workspaceId, duplicateId, primaryId))
                .chain(() -> merge.repoint(workspaceId, duplicateId, primaryId));
    }
}
