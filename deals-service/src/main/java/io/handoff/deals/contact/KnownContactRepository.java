package io.handoff.deals.contact;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Contacts this service knows of; lookups by email ignore case, as contacts-service's uniqueness does. */
@ApplicationScoped
public class KnownContactRepository implements PanacheRepositoryBase<KnownContact, UUID> {

    /** The contact a payment by this email belongs to (a merged duplicate answers with its primary), or null. */
    public Uni<UUID> findContactIdByEmail(UUID workspaceId, String email) {
        if (email == null || email.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return find("workspaceId = :workspace and lower(email) = lower(:email) order by mergedIntoId nulls first, id",
                Parameters.with("workspace", workspaceId).and("email", email.strip()))
                .firstResult().map(c -> c == null ? null : c.currentId());
    }

    /** Contacts merged into the duplicate follow it to the primary, so that chains of merges stay flat. */
    public Uni<Integer> repointMerged(UUID workspaceId, UUID duplicateId, UUID primaryId) {
        return update("mergedIntoId = :primary where workspaceId = :workspace and mergedIntoId = :duplicate",
                Parameters.with("primary", primaryId).and("workspace", workspaceId).and("duplicate", duplicateId));
    }

    /** Where a contact's records belong now: the primary it was merged into, else itself (also when unknown). */
    public Uni<UUID> currentIdOf(UUID contactId) {
        if (contactId == null) {
            return Uni.createFrom().nullItem();
        }
        return findById(contactId).map(c -> c == null ? contactId : c.currentId());
    }
}
