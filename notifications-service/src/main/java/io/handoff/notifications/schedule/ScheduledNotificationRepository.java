package io.handoff.notifications.schedule;

import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Scheduled notifications; API queries name the workspace, the worker works by the ids it claimed. */
@ApplicationScoped
public class ScheduledNotificationRepository implements PanacheRepositoryBase<ScheduledNotification, UUID> {

    /**
     * Due notifications, oldest first. SKIP LOCKED lets replicas claim side by side without taking the same
     * row; the lease the claimer sets (next attempt moved past it) keeps others away after it commits.
     */
    private static final String CLAIM = """
            select n.* from scheduled_notification n
            where n.status = 'PENDING' and n.next_attempt_at <= ?1
            order by n.next_attempt_at
            limit ?2
            for update skip locked""";

    /** Must run inside a transaction: the rows stay locked until the caller has leased them. */
    @SuppressWarnings("unchecked")
    public Uni<List<ScheduledNotification>> lockDue(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM, ScheduledNotification.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList());
    }

    /** The earliest time a pending notification comes due after {@code now}, or null if none will. */
    public Uni<Instant> nextDueAfter(Instant now) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select min(n.nextAttemptAt) from ScheduledNotification n"
                                + " where n.status = :pending and n.nextAttemptAt > :now", Instant.class)
                .setParameter("pending", NotificationStatus.PENDING)
                .setParameter("now", now)
                .getSingleResultOrNull());
    }

    public Uni<ScheduledNotification> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<ScheduledNotification>> lockPendingForCall(UUID workspaceId, UUID callId) {
        return find("workspaceId = ?1 and callId = ?2 and status = ?3", workspaceId, callId,
                NotificationStatus.PENDING).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** A call's or a contact's notifications in the order they are due, keyset-paged on (dueAt, id). */
    public Uni<List<ScheduledNotification>> listPage(UUID workspaceId, UUID callId, UUID contactId, PageRequest page) {
        StringBuilder query = new StringBuilder("workspaceId = :workspace");
        Parameters params = Parameters.with("workspace", workspaceId);
        if (callId != null) {
            query.append(" and callId = :call");
            params.and("call", callId);
        }
        if (contactId != null) {
            query.append(" and contactId = :contact");
            params.and("contact", contactId);
        }
        if (page.after() != null) {
            query.append(" and (dueAt > :afterAt or (dueAt = :afterAt and id > :afterId))");
            params.and("afterAt", page.after().instant()).and("afterId", page.after().id());
        }
        query.append(" order by dueAt, id");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }
}
