package io.handoff.scheduling.contact;

import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactMerged;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Which contact an email belongs to, learned from contacts-service's events, so that calls booked by email
 * (public and internal bookings) carry their contact id; a merge re-points calls and emails to the primary.
 */
@ApplicationScoped
public class KnownContacts {

    private static final String UPSERT = "insert into known_contact (workspace_id, email, contact_id) "
            + "values (?1, lower(?2), ?3) on conflict (workspace_id, email) do update set contact_id = excluded.contact_id";

    public Uni<UUID> contactIdOf(UUID workspaceId, String email) {
        return Panache.getSession().chain(session -> session.<UUID>createNativeQuery(
                        "select contact_id from known_contact where workspace_id = ?1 and email = lower(?2)")
                .setParameter(1, workspaceId).setParameter(2, email).getResultList())
                .map((List<UUID> ids) -> ids.isEmpty() ? null : ids.get(0));
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> contactCreated(UUID workspaceId, ContactCreated created) {
        if (created.email() == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT)
                        .setParameter(1, workspaceId).setParameter(2, created.email())
                        .setParameter(3, created.contactId()).executeUpdate()
                        .chain(() -> session.createMutationQuery("update Call c set c.contactId = :contact "
                                        + "where c.workspaceId = :workspace and lower(c.inviteeEmail) = lower(:email) "
                                        + "and c.contactId is null")
                                .setParameter("contact", created.contactId()).setParameter("workspace", workspaceId)
                                .setParameter("email", created.email()).executeUpdate()))
                .replaceWithVoid();
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> contactMerged(UUID workspaceId, ContactMerged merged) {
        return Panache.getSession().chain(session -> session.<UUID>createNativeQuery(
                                "update known_contact set contact_id = ?1 where workspace_id = ?2 and contact_id = ?3")
                        .setParameter(1, merged.primaryContactId()).setParameter(2, workspaceId)
                        .setParameter(3, merged.duplicateContactId()).executeUpdate()
                        .chain(() -> repoint(session, "Call", workspaceId, merged))
                        .chain(() -> repoint(session, "CallOutcome", workspaceId, merged)))
                .replaceWithVoid();
    }

    private static Uni<Integer> repoint(org.hibernate.reactive.mutiny.Mutiny.Session session, String entity,
                                        UUID workspaceId, ContactMerged merged) {
        return session.createMutationQuery("update " + entity + " e set e.contactId = :primary "
                        + "where e.workspaceId = :workspace and e.contactId = :duplicate")
                .setParameter("primary", merged.primaryContactId()).setParameter("workspace", workspaceId)
                .setParameter("duplicate", merged.duplicateContactId()).executeUpdate();
    }
}
