package io.handoff.notifications.webhook;

import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.UUID;

/** Webhook endpoints; every query names the workspace, except the worker's lookup by the ids it claimed. */
@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    public Uni<WebhookEndpoint> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    /** Locked for the rest of the transaction, so that edits and the delivery worker never overwrite each other. */
    public Uni<WebhookEndpoint> findForUpdate(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public Uni<List<WebhookEndpoint>> listEnabled(UUID workspaceId) {
        return list("workspaceId = ?1 and enabled = true", workspaceId);
    }

    /** Newest first, keyset-paged on (createdAt, id). */
    public Uni<List<WebhookEndpoint>> listPage(UUID workspaceId, PageRequest page) {
        StringBuilder query = new StringBuilder("workspaceId = :workspace");
        Parameters params = Parameters.with("workspace", workspaceId);
        if (page.after() != null) {
            query.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            params.and("afterAt", page.after().instant()).and("afterId", page.after().id());
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }

    public Uni<List<WebhookEndpoint>> findByIds(List<UUID> ids) {
        return list("id in ?1", ids);
    }
}
