package io.handoff.deals.product;

import io.handoff.deals.money.Money;
import io.handoff.directory.Directory;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Adds, changes and archives a workspace's products; names stay unique per workspace, whatever their case. */
@ApplicationScoped
public class ProductService {

    @Inject
    ProductRepository products;
    @Inject
    Directory directory;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction (also when a deal adds its product inline). */
    public Uni<Product> createProduct(UUID workspaceId, NewProduct request) {
        String name = request.name().strip();
        return nameFree(workspaceId, name, null).chain(() -> {
            Product p = new Product();
            p.id = UUID.randomUUID();
            p.workspaceId = workspaceId;
            p.name = name;
            p.defaultPrice = Money.parse(request.defaultPrice());
            p.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            p.updatedAt = p.createdAt;
            return products.persist(p);
        });
    }

    public Uni<ProductView> view(Product p) {
        return currencyOf(p.workspaceId).map(currency -> ProductView.of(p, currency));
    }

    public Uni<Page<ProductView>> listProducts(UUID workspaceId, PageRequest page) {
        return currencyOf(workspaceId).chain(currency -> products.listPage(workspaceId, page)
                .map(rows -> Page.of(rows, page, p -> p.name, p -> p.id, p -> ProductView.of(p, currency))));
    }

    public Uni<ProductView> findProduct(UUID workspaceId, UUID id) {
        return require(workspaceId, id).chain(this::view);
    }

    /** Runs inside the caller's transaction. */
    public Uni<ProductView> updateProduct(UUID workspaceId, UUID id, ProductChanges changes) {
        return require(workspaceId, id).chain(p -> {
            String name = changes.name() == null ? null : changes.name().strip();
            return nameFree(workspaceId, name, p).chain(() -> {
                if (name != null) {
                    p.name = name;
                }
                if (changes.defaultPrice() != null) {
                    p.defaultPrice = Money.parse(changes.defaultPrice());
                }
                p.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                return products.flush().chain(() -> view(p));
            });
        });
    }

    /** Runs inside the caller's transaction; deals that sold the product keep it. */
    public Uni<Void> deleteProduct(UUID workspaceId, UUID id) {
        return require(workspaceId, id).invoke(p -> {
            p.archivedAt = clock.instant();
            p.updatedAt = p.archivedAt;
        }).replaceWithVoid();
    }

    private Uni<Void> nameFree(UUID workspaceId, String name, Product self) {
        if (name == null || self != null && name.equalsIgnoreCase(self.name)) {
            return Uni.createFrom().voidItem();
        }
        return products.findByName(workspaceId, name).map(other -> {
            if (other != null) {
                throw Problems.conflict("A product named '" + name + "' exists: " + other.id);
            }
            return null;
        });
    }

    private Uni<String> currencyOf(UUID workspaceId) {
        return directory.findWorkspace(workspaceId).map(w -> w == null ? null : w.currency);
    }

    private Uni<Product> require(UUID workspaceId, UUID id) {
        return products.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("Product", id));
    }
}
