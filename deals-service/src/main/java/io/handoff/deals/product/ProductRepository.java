package io.handoff.deals.product;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
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

    public Uni<List<Product>> listInWorkspace(UUID workspaceId) {
        return list("workspaceId = ?1 and archivedAt is null order by lower(name), id", workspaceId);
    }
}
