package io.handoff.deals.transaction;

import io.handoff.platform.auth.Caller;
import io.handoff.platform.auth.Roles;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** The workspace's transactions, for every member: "add from transactions" picks from the unassigned ones. */
@Path("/api/v1/transactions")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class TransactionResource {

    @Inject
    TransactionService service;
    @Inject
    Caller caller;

    @GET
    @WithSession
    public Uni<Page<TransactionView>> listTransactions(@QueryParam("unassigned") String unassigned,
                                                       @QueryParam("contactId") String contactId,
                                                       @QueryParam("dealId") String dealId,
                                                       @QueryParam("limit") Integer limit,
                                                       @QueryParam("cursor") String cursor) {
        TransactionFilter filter = TransactionFilter.parse(unassigned, contactId, dealId);
        return service.listTransactions(caller.workspaceId(), filter, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<TransactionView> findTransaction(@PathParam("id") UUID id) {
        return service.findTransaction(caller.workspaceId(), id);
    }
}
