package io.handoff.deals.product;

import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Products a workspace still offers (archived ones live on only in their deals); every query names the workspace. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    public Uni<Product> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2 and archivedAt is null", workspaceId, id).firstResult();
    }

    public Uni<Product> findByName(UUID workspaceId, String name) {
        return find("workspaceId = ?1 and lower(name) = lower(?2) and archivedAt is null", workspaceId, name)
                .firstResult();
    }

    /**
     * One page by name, any case, then id. The cursor holds the last name as stored and the database lowers
     * it, so the page boundary is compared with the very function that sorts (Java's lower case can differ).
     */
    public Uni<List<Product>> listPage(UUID workspaceId, PageRequest page) {
        StringBuilder query = new StringBuilder("workspaceId = :workspace and archivedAt is null");
        Parameters params = Parameters.with("workspace", workspaceId);
        if (page.after() != null) {
            query.append(" and (lower(name) > lower(:afterName)")
                    .append(" or (lower(name) = lower(:afterName) and id > :afterId))");
            params.and("afterName", page.after().sortValue()).and("afterId", page.after().id());
        }
        query.append(" order by lower(name), id");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }
}
