package io.handoff.deals.transaction;

import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.UUID;

/** Transactions of a workspace; every query names the workspace. */
@ApplicationScoped
public class TransactionRepository implements PanacheRepositoryBase<PaymentTransaction, UUID> {

    public Uni<PaymentTransaction> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    /** A notification already stored: the same one again, or (Stripe) another one about the same payment. */
    public Uni<PaymentTransaction> findDelivered(UUID workspaceId, String provider, String externalId,
                                                 String paymentRef) {
        Parameters params = Parameters.with("workspace", workspaceId).and("provider", provider)
                .and("external", externalId);
        String same = "externalId = :external";
        if (paymentRef != null) {
            same = "(" + same + " or paymentRef = :ref)";
            params.and("ref", paymentRef);
        }
        return find("workspaceId = :workspace and provider = :provider and " + same + " order by receivedAt", params)
                .firstResult();
    }

    /** Read for update: attaching waits for any other attach of the same transaction, then sees its outcome. */
    public Uni<PaymentTransaction> lockInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public Uni<PaymentTransaction> findByDeal(UUID workspaceId, UUID dealId) {
        return find("workspaceId = ?1 and dealId = ?2", workspaceId, dealId).firstResult();
    }

    /** Newest payment first, keyset-paged on (occurredAt, id). */
    public Uni<List<PaymentTransaction>> listPage(UUID workspaceId, TransactionFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("from PaymentTransaction t where t.workspaceId = :workspace");
        Parameters params = Parameters.with("workspace", workspaceId);
        filter.appendTo(query, params);
        if (page.after() != null) {
            query.append(" and (t.occurredAt < :afterAt or (t.occurredAt = :afterAt and t.id < :afterId))");
            params.and("afterAt", page.after().instant()).and("afterId", page.after().id());
        }
        query.append(" order by t.occurredAt desc, t.id desc");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }

    /** Payments that arrived before their contact was known are matched once it is. */
    public Uni<Integer> matchUnmatched(UUID workspaceId, String email, UUID contactId) {
        if (email == null || email.isBlank()) {
            return Uni.createFrom().item(0);
        }
        return update("contactId = :contact where workspaceId = :workspace and contactId is null"
                        + " and lower(email) = lower(:email)",
                Parameters.with("contact", contactId).and("workspace", workspaceId).and("email", email.strip()));
    }

    /** A merge moves the duplicate's transactions to the primary contact. */
    public Uni<Integer> repointContact(UUID workspaceId, UUID duplicateId, UUID primaryId) {
        return update("contactId = :primary where workspaceId = :workspace and contactId = :duplicate",
                Parameters.with("primary", primaryId).and("workspace", workspaceId).and("duplicate", duplicateId));
    }
}
