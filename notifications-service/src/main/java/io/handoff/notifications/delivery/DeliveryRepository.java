package io.handoff.notifications.delivery;

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

/** Deliveries; API queries name the workspace or an endpoint already checked to belong to it. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /**
     * Due deliveries of enabled endpoints, oldest first, at most {@code free} per endpoint (the per-endpoint
     * cap less what is in flight, given as a JSON object endpoint id → busy slots). SKIP LOCKED lets replicas
     * claim side by side without waiting or taking the same row; the outer conditions are checked again on
     * the latest row version, so a row another replica has just leased is skipped too.
     */
    private static final String CLAIM = """
            select d.* from webhook_delivery d
            where d.id in (
                select ranked.id from (
                    select x.id, x.next_attempt_at,
                           row_number() over (partition by x.endpoint_id order by x.next_attempt_at, x.id) as rank,
                           ?3 - coalesce(cast(cast(?2 as jsonb) ->> cast(x.endpoint_id as text) as int), 0) as free
                    from webhook_delivery x join webhook_endpoint e on e.id = x.endpoint_id
                    where x.status = 'PENDING' and x.next_attempt_at <= ?1 and e.enabled
                ) ranked
                where ranked.rank <= ranked.free
                order by ranked.next_attempt_at
                limit ?4)
              and d.status = 'PENDING' and d.next_attempt_at <= ?1
            for update of d skip locked""";

    private static final String NEXT_DUE = """
            select min(d.nextAttemptAt) from WebhookDelivery d join WebhookEndpoint e on e.id = d.endpointId
            where d.status = :pending and d.nextAttemptAt > :now and e.enabled = true""";

    /** The earliest time a delivery of an enabled endpoint comes due after {@code now}, or null if none will. */
    public Uni<Instant> nextDueAfter(Instant now) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(NEXT_DUE, Instant.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .getSingleResultOrNull());
    }

    public Uni<WebhookDelivery> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    public Uni<WebhookDelivery> findForUpdate(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** Newest first, keyset-paged on (createdAt, id). */
    public Uni<List<WebhookDelivery>> listPage(UUID endpointId, DeliveryStatus status, PageRequest page) {
        StringBuilder query = new StringBuilder("endpointId = :endpoint");
        Parameters params = Parameters.with("endpoint", endpointId);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (page.after() != null) {
            query.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            params.and("afterAt", page.after().instant()).and("afterId", page.after().id());
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }

    public Uni<List<WebhookDelivery>> listFailedSince(UUID endpointId, Instant since) {
        return find("endpointId = ?1 and status = ?2 and createdAt >= ?3", endpointId, DeliveryStatus.FAILED, since)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Must run inside a transaction: the rows stay locked until the caller has leased them. */
    @SuppressWarnings("unchecked")
    public Uni<List<WebhookDelivery>> lockDue(Instant now, String busyPerEndpointJson, int perEndpoint, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM, WebhookDelivery.class)
                .setParameter(1, now)
                .setParameter(2, busyPerEndpointJson)
                .setParameter(3, perEndpoint)
                .setParameter(4, limit)
                .getResultList());
    }
}
