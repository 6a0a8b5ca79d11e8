package io.handoff.scheduling.outcome;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The gate of strategy event types that require an approved discovery call: open when a discovery call of
 * the same person (the contact, or the email the call was booked with) currently has an APPROVED outcome.
 */
@ApplicationScoped
public class DiscoveryGate {

    private static final UUID NONE = new UUID(0, 0);
    private static final String APPROVED = "select count(o) from CallOutcome o where o.workspaceId = :workspace "
            + "and o.callKind = 'DISCOVERY' and o.result = 'APPROVED' and (o.contactId = :contact or o.callId in "
            + "(select c.id from Call c where c.workspaceId = :workspace "
            + "and (lower(c.inviteeEmail) = lower(:email) or c.contactId = :contact)))";

    public Uni<Boolean> passed(UUID workspaceId, String email, UUID contactId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(APPROVED, Long.class)
                .setParameter("workspace", workspaceId)
                .setParameter("contact", contactId == null ? NONE : contactId)
                .setParameter("email", email == null ? "" : email)
                .getSingleResult()).map(count -> count > 0);
    }
}
