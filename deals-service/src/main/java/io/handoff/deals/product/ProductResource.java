package io.handoff.deals.product;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.idempotency.Created;
import io.handoff.platform.idempotency.IdempotentCreation;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** The workspace's products: everyone reads them, admins and managers configure them. */
@Path("/api/v1/products")
@Cancellable(false)
public class ProductResource {

    @Inject
    ProductService service;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Uni<Response> createProduct(@HeaderParam(IdempotentCreation.HEADER) String key,
                                       @Valid @NotNull NewProduct request) {
        UUID workspaceId = caller.workspaceId();
        return idempotency.create(workspaceId, key, "POST /products", request, () -> service.createProduct(workspaceId, request)
                .chain(service::view).map(product -> new Created("/api/v1/products/" + product.id(), product)));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<Page<ProductView>> listProducts(@QueryParam("limit") Integer limit,
                                               @QueryParam("cursor") String cursor) {
        return service.listProducts(caller.workspaceId(), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
    @WithSession
    public Uni<ProductView> findProduct(@PathParam("id") UUID id) {
        return service.findProduct(caller.workspaceId(), id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @WithTransaction
    public Uni<ProductView> updateProduct(@PathParam("id") UUID id, @Valid @NotNull ProductChanges changes) {
        return service.updateProduct(caller.workspaceId(), id, changes);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @WithTransaction
    public Uni<Void> deleteProduct(@PathParam("id") UUID id) {
        return service.deleteProduct(caller.workspaceId(), id);
    }
}
