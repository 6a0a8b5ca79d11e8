package io.handoff.deals.deal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handoff.deals.outcome.MissingDealFilter;
import io.handoff.deals.outcome.MissingDealView;
import io.handoff.deals.outcome.OutcomeProjection;
import io.handoff.deals.transaction.AttachTransaction;
import io.handoff.deals.transaction.TransactionAssignment;
import io.handoff.deals.web.MergePatch;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

import java.util.UUID;

/** Deals of the workspace: every member adds, reads, edits and deletes them. */
@Path("/api/v1/deals")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.USER})
@Cancellable(false)
public class DealResource {

    @Inject
    DealService service;
    @Inject
    IdempotentCreation idempotency;
    @Inject
    MergePatch mergePatch;
    @Inject
    OutcomeProjection outcomes;
    @Inject
    TransactionAssignment assignment;
    @Inject
    Caller caller;

    @POST
    public Uni<Response> createDeal(@HeaderParam(IdempotentCreation.HEADER) String key, @Valid @NotNull NewDeal request) {
        UUID workspaceId = caller.workspaceId();
        UUID userId = caller.userId();
        return idempotency.create(workspaceId, key, "POST /deals", request, () -> service.createDeal(workspaceId, userId, request)
                .map(deal -> new Created("/api/v1/deals/" + deal.id(), deal)));
    }

    @GET
    @WithSession
    public Uni<Page<DealView>> listDeals(@QueryParam("contactId") String contactId,
                                         @QueryParam("closerId") String closerId,
                                         @QueryParam("setterId") String setterId,
                                         @QueryParam("productId") String productId,
                                         @QueryParam("paymentType") String paymentType,
                                         @QueryParam("from") String from, @QueryParam("to") String to,
                                         @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        DealFilter filter = DealFilter.parse(contactId, closerId, setterId, productId, paymentType, from, to);
        return service.listDeals(caller.workspaceId(), filter, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<DealView> findDeal(@PathParam("id") UUID id) {
        return service.findDeal(caller.workspaceId(), id);
    }

    /** A JSON merge patch of the editable fields (see {@link DealChanges}). */
    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @WithTransaction
    public Uni<DealView> updateDeal(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return service.updateDeal(caller.workspaceId(), id, mergePatch.of(patch, DealChanges.class));
    }

    @DELETE
    @Path("/{id}")
    @WithTransaction
    public Uni<Void> deleteDeal(@PathParam("id") UUID id) {
        return service.deleteDeal(caller.workspaceId(), id);
    }

    /** Calls whose current outcome is a SALE but that have no deal yet ("deal missing"), latest outcome first. */
    @GET
    @Path("/missing")
    @WithSession
    public Uni<Page<MissingDealView>> listMissingDeals(@QueryParam("contactId") String contactId,
                                                       @QueryParam("closerId") String closerId,
                                                       @QueryParam("setterId") String setterId,
                                                       @QueryParam("limit") Integer limit,
                                                       @QueryParam("cursor") String cursor) {
        MissingDealFilter filter = MissingDealFilter.parse(contactId, closerId, setterId);
        return outcomes.listMissingDeals(caller.workspaceId(), filter, PageRequest.of(limit, cursor));
    }

    /** "Add from transactions": the transaction's amount becomes the deal's value. */
    @POST
    @Path("/{id}/transactions")
    @WithTransaction
    public Uni<DealView> attachTransaction(@PathParam("id") UUID id, @Valid @NotNull AttachTransaction request) {
        return assignment.attachTransaction(caller.workspaceId(), id, request.transactionId());
    }

    /** Takes a transaction off its deal (attached by mistake): it is unassigned again, the deal keeps its value. */
    @DELETE
    @Path("/{id}/transactions/{transactionId}")
    @WithTransaction
    public Uni<Void> detachTransaction(@PathParam("id") UUID id, @PathParam("transactionId") UUID transactionId) {
        return assignment.detachTransaction(caller.workspaceId(), id, transactionId);
    }
}
