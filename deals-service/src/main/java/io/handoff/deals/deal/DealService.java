package io.handoff.deals.deal;

import io.handoff.deals.money.Money;
import io.handoff.deals.product.Product;
import io.handoff.deals.product.ProductService;
import io.handoff.directory.Directory;
import io.handoff.directory.KnownWorkspace;
import io.handoff.events.EventType;
import io.handoff.events.deals.DealDeleted;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.FieldError;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Adds, edits, deletes and lists deals; every change reaches other services as a deal.* event. */
@ApplicationScoped
public class DealService {

    @Inject
    DealRepository deals;
    @Inject
    DealReferences references;
    @Inject
    ProductService products;
    @Inject
    Directory directory;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction; the value is in the workspace's currency. */
    public Uni<DealView> createDeal(UUID workspaceId, UUID userId, NewDeal request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.productId() != null && request.newProduct() != null) {
            errors.add(new FieldError("productId", "give productId or newProduct, not both"));
        }
        return directory.requireWorkspace(workspaceId).chain(workspace -> references
                .call(workspaceId, request.callId(), request.contactId(), errors).chain(call -> {
                    Deal d = new Deal();
                    d.id = UUID.randomUUID();
                    d.workspaceId = workspaceId;
                    d.contactId = request.contactId();
                    d.callId = request.callId();
                    d.closerId = request.closerId() != null || call == null ? request.closerId() : call.hostId;
                    d.setterId = request.setterId() != null || call == null ? request.setterId() : call.setById;
                    d.value = Money.parse(request.value());
                    d.currency = workspace.currency;
                    d.dealDate = request.date() != null ? request.date() : today(workspace);
                    d.paymentType = request.paymentType();
                    d.relatedDealId = request.relatedDealId();
                    d.notes = blankToNull(request.notes());
                    d.createdBy = userId;
                    d.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    d.updatedAt = d.createdAt;
                    return references.people(workspaceId, d.closerId, d.setterId, errors)
                            .chain(() -> references.contact(workspaceId, d.contactId, errors))
                            .chain(() -> references.product(workspaceId, request.productId(), errors))
                            .call(() -> references.related(d, d.relatedDealId, errors))
                            .chain(product -> {
                                failOn(errors);
                                return request.newProduct() == null ? Uni.createFrom().item(product)
                                        : products.createProduct(workspaceId, request.newProduct());
                            })
                            .chain(product -> {
                                d.product = product;
                                return deals.persist(d);
                            });
                }))
                .call(d -> outbox.append(EventType.DEAL_CREATED, workspaceId, d.id, d.details()))
                .map(DealView::of);
    }

    public Uni<DealView> findDeal(UUID workspaceId, UUID id) {
        return require(workspaceId, id).map(DealView::of);
    }

    public Uni<Page<DealView>> listDeals(UUID workspaceId, DealFilter filter, PageRequest page) {
        return deals.listPage(workspaceId, filter, page)
                .map(rows -> Page.of(rows, page, DealRepository.SortKey::of, d -> d.id, DealView::of));
    }

    /**
     * Runs inside the caller's transaction. The patch turns the deal's current editable fields into the
     * wanted ones; only what changed is checked again (an archived product stays on the deal).
     */
    public Uni<DealView> updateDeal(UUID workspaceId, UUID id, UnaryOperator<DealChanges> patch) {
        return require(workspaceId, id).chain(d -> {
            DealChanges current = DealChanges.of(d);
            DealChanges wanted = patch.apply(current);
            List<FieldError> errors = new ArrayList<>();
            boolean peopleChanged = !Objects.equals(current.closerId(), wanted.closerId())
                    || !Objects.equals(current.setterId(), wanted.setterId());
            boolean productChanged = !Objects.equals(current.productId(), wanted.productId());
            boolean relatedToCheck = !Objects.equals(current.relatedDealId(), wanted.relatedDealId())
                    || !Objects.equals(current.date(), wanted.date());
            return references.dependents(d, wanted.date(), errors).chain(() -> {
                d.closerId = wanted.closerId();
                d.setterId = wanted.setterId();
                d.value = Money.parse(wanted.value());
                d.dealDate = wanted.date();
                d.paymentType = wanted.paymentType();
                d.relatedDealId = wanted.relatedDealId();
                d.notes = blankToNull(wanted.notes());
                return peopleChanged ? references.people(workspaceId, d.closerId, d.setterId, errors)
                        : Uni.createFrom().voidItem();
            }).chain(() -> productChanged ? references.product(workspaceId, wanted.productId(), errors)
                    : Uni.createFrom().item(d.product)
            ).call(() -> relatedToCheck ? references.related(d, d.relatedDealId, errors) : Uni.createFrom().voidItem()
            ).chain(product -> {
                failOn(errors);
                d.product = product;
                d.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                return outbox.append(EventType.DEAL_UPDATED, workspaceId, d.id, d.details());
            }).chain(deals::flush).map(flushed -> DealView.of(d));
        });
    }

    /** Runs inside the caller's transaction; deals that named this one as their earlier deal are detached. */
    public Uni<Void> deleteDeal(UUID workspaceId, UUID id) {
        return require(workspaceId, id).chain(d -> deals.listRelatedTo(workspaceId, id)
                .call(later -> detach(workspaceId, later))
                .chain(later -> deals.delete(d))
                .chain(() -> outbox.append(EventType.DEAL_DELETED, workspaceId, d.id,
                        new DealDeleted(d.id, d.contactId, d.callId))))
                .replaceWithVoid();
    }

    private Uni<Void> detach(UUID workspaceId, List<Deal> later) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (Deal other : later) {
            done = done.chain(() -> {
                other.relatedDealId = null;
                other.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                return outbox.append(EventType.DEAL_UPDATED, workspaceId, other.id, other.details()).replaceWithVoid();
            });
        }
        return done.chain(deals::flush);
    }

    private Uni<Deal> require(UUID workspaceId, UUID id) {
        return deals.findInWorkspace(workspaceId, id).onItem().ifNull().failWith(() -> Problems.notFound("Deal", id));
    }

    private LocalDate today(KnownWorkspace workspace) {
        return LocalDate.now(clock.withZone(ZoneId.of(workspace.timeZone)));
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
