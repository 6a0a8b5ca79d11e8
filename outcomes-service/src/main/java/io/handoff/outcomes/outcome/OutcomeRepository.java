package io.handoff.outcomes.outcome;

import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Current outcomes of a workspace; every query names the workspace, so other tenants' rows are never read. */
@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<Outcome, UUID> {

    public Uni<Outcome> findByCall(UUID workspaceId, UUID callId) {
        return find("workspaceId = ?1 and callId = ?2", workspaceId, callId).firstResult();
    }

    /** Newest first, keyset-paged on (createdAt, id): a correction does not move an outcome between pages. */
    public Uni<List<Outcome>> listPage(UUID workspaceId, OutcomeFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("workspaceId = :workspace");
        Parameters params = Parameters.with("workspace", workspaceId);
        filter.appendTo(query, params);
        if (page.after() != null) {
            query.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            params.and("afterAt", page.after().instant()).and("afterId", page.after().id());
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }
}
