package io.handoff.deals.outcome;

import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Current call outcomes; every query names the workspace. */
@ApplicationScoped
public class CallOutcomeRepository implements PanacheRepositoryBase<CallOutcome, UUID> {

    /**
     * SALE outcomes whose call has no deal yet, latest outcome first, keyset-paged on (recordedAt, callId).
     * Asked afresh each time, so adding (or deleting) the deal on the call is reflected at once.
     */
    public Uni<List<CallOutcome>> listMissingDeals(UUID workspaceId, MissingDealFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("from CallOutcome o where o.workspaceId = :workspace and o.result = '"
                + CallOutcome.SALE + "' and not exists (select 1 from Deal d where d.workspaceId = o.workspaceId"
                + " and d.callId = o.callId)");
        Parameters params = Parameters.with("workspace", workspaceId);
        filter.appendTo(query, params);
        if (page.after() != null) {
            query.append(" and (o.recordedAt < :afterAt or (o.recordedAt = :afterAt and o.callId < :afterId))");
            params.and("afterAt", page.after().instant()).and("afterId", page.after().id());
        }
        query.append(" order by o.recordedAt desc, o.callId desc");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }

    /** A merge moves the duplicate's outcomes to the primary contact. */
    public Uni<Integer> repointContact(UUID workspaceId, UUID duplicateId, UUID primaryId) {
        return update("contactId = :primary where workspaceId = :workspace and contactId = :duplicate",
                Parameters.with("primary", primaryId).and("workspace", workspaceId).and("duplicate", duplicateId));
    }
}
