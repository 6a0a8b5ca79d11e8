package io.handoff.deals.deal;

import io.handoff.platform.paging.Cursor;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Deals of a workspace, each read with its product; every query names the workspace. */
@ApplicationScoped
public class DealRepository implements PanacheRepositoryBase<Deal, UUID> {

    private static final String FROM = "from Deal d left join fetch d.product where d.workspaceId = :workspace";

    public Uni<Deal> findInWorkspace(UUID workspaceId, UUID id) {
        return find(FROM + " and d.id = :id", Parameters.with("workspace", workspaceId).and("id", id)).firstResult();
    }

    /** The deals that name this one as their related earlier deal. */
    public Uni<List<Deal>> listRelatedTo(UUID workspaceId, UUID dealId) {
        return find(FROM + " and d.relatedDealId = :deal order by d.id",
                Parameters.with("workspace", workspaceId).and("deal", dealId)).list();
    }

    /** Every deal of a contact (a merge moves them all; a contact has tens of deals, not thousands). */
    public Uni<List<Deal>> listByContact(UUID workspaceId, UUID contactId) {
        return find(FROM + " and d.contactId = :contact order by d.id",
                Parameters.with("workspace", workspaceId).and("contact", contactId)).list();
    }

    /** Latest deal date first (then latest entered), keyset-paged on (date, createdAt, id). */
    public Uni<List<Deal>> listPage(UUID workspaceId, DealFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder(FROM);
        Parameters params = Parameters.with("workspace", workspaceId);
        filter.appendTo(query, params);
        if (page.after() != null) {
            SortKey after = SortKey.decode(page.after());
            query.append(" and (d.dealDate < :afterDate or (d.dealDate = :afterDate and (d.createdAt < :afterAt"
                    + " or (d.createdAt = :afterAt and d.id < :afterId))))");
            params.and("afterDate", after.date()).and("afterAt", after.enteredAt()).and("afterId", page.after().id());
        }
        query.append(" order by d.dealDate desc, d.createdAt desc, d.id desc");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }

    /** The sort value a cursor carries: the deal date and when the deal was entered. */
    record SortKey(LocalDate date, Instant enteredAt) {

        static String of(Deal d) {
            return d.dealDate + "," + d.createdAt;
        }

        static SortKey decode(Cursor.Position position) {
            try {
                String[] parts = position.sortValue().split(",", 2);
                return new SortKey(LocalDate.parse(parts[0]), Instant.parse(parts[1]));
            } catch (RuntimeException e) {
                throw Problems.invalid("cursor", "is not a cursor of this list");
            }
        }
    }
}
