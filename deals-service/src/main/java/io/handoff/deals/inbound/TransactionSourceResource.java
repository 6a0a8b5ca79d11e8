package io.handoff.deals.inbound;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.idempotency.Created;
import io.handoff.platform.idempotency.IdempotentCreation;
import io.handoff.platform.paging.Page;
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
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** The workspace's transaction sources (payment processors and automations): admins and managers configure them. */
@Path("/api/v1/transaction-sources")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@Cancellable(false)
public class TransactionSourceResource {

    @Inject
    TransactionSourceService service;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    Caller caller;

    @POST
    public Uni<Response> createSource(@HeaderParam(IdempotentCreation.HEADER) String key,
                                      @Valid @NotNull NewTransactionSource request) {
        UUID workspaceId = caller.workspaceId();
        UUID userId = caller.userId();
        return idempotency.create(workspaceId, key, "POST /transaction-sources", request,
                () -> service.createSource(workspaceId, userId, request)
                        .map(source -> new Created("/api/v1/transaction-sources/" + source.id(), source)));
    }

    @GET
    @WithSession
    public Uni<Page<TransactionSourceView>> listSources() {
        return service.listSources(caller.workspaceId()).map(items -> new Page<>(items, null));
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<TransactionSourceView> findSource(@PathParam("id") UUID id) {
        return service.findSource(caller.workspaceId(), id);
    }

    @PATCH
    @Path("/{id}")
    @WithTransaction
    public Uni<TransactionSourceView> updateSource(@PathParam("id") UUID id,
                                                   @Valid @NotNull TransactionSourceChanges changes) {
        return service.updateSource(caller.workspaceId(), id, changes);
    }

    @DELETE
    @Path("/{id}")
    @WithTransaction
    public Uni<Void> deleteSource(@PathParam("id") UUID id) {
        return service.deleteSource(caller.workspaceId(), id);
    }
}
