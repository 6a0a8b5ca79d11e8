package io.handoff.deals.transaction;

import io.handoff.deals.deal.Deal;
import io.handoff.deals.deal.DealRepository;
import io.handoff.deals.deal.DealView;
import io.handoff.deals.money.Money;
import io.handoff.directory.Directory;
import io.handoff.events.EventType;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * "Add from transactions": one transaction becomes one deal's value (in the workspace currency, exactly), and can
 * be taken off again; a database constraint keeps one transaction to one deal even under concurrent requests.
 */
@ApplicationScoped
public class TransactionAssignment {

    @Inject
    DealRepository deals;
    @Inject
    TransactionRepository transactions;
    @Inject
    Directory directory;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction; attaching the deal's own transaction again changes nothing. */
    public Uni<DealView> attachTransaction(UUID workspaceId, UUID dealId, UUID transactionId) {
        return requireDeal(workspaceId, dealId).chain(d -> transactions.lockInWorkspace(workspaceId, transactionId)
                .onItem().ifNull().failWith(() -> Problems.notFound("Transaction", transactionId))
                .chain(t -> {
                    if (d.id.equals(t.dealId)) {
                        return Uni.createFrom().item(DealView.of(d));
                    }
                    if (t.dealId != null) {
                        throw Problems.conflict("Transaction " + t.id + " already belongs to deal " + t.dealId + ".");
                    }
                    return transactions.findByDeal(workspaceId, d.id).chain(other -> {
                        if (other != null) {
                            throw Problems.conflict("Deal " + d.id + " already has transaction " + other.id + ".");
                        }
                        return directory.requireWorkspace(workspaceId).chain(workspace -> {
                            d.value = dealValue(t, workspace.currency);
                            d.currency = workspace.currency;
                            d.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                            t.dealId = d.id;
                            t.contactId = t.contactId != null ? t.contactId : d.contactId;
                            return outbox.append(EventType.DEAL_UPDATED, workspaceId, d.id, d.details());
                        }).chain(deals::flush).map(flushed -> DealView.of(d));
                    });
                }));
    }

    /** Runs inside the caller's transaction; the deal keeps its value, the transaction is unassigned again. */
    public Uni<Void> detachTransaction(UUID workspaceId, UUID dealId, UUID transactionId) {
        return requireDeal(workspaceId, dealId).chain(d -> transactions.lockInWorkspace(workspaceId, transactionId))
                .invoke(t -> {
                    if (t == null || !dealId.equals(t.dealId)) {
                        throw Problems.notFound("Transaction of deal " + dealId, transactionId);
                    }
                    t.dealId = null;
                }).replaceWithVoid();
    }

    private static BigDecimal dealValue(PaymentTransaction t, String workspaceCurrency) {
        if (!t.currency.equals(workspaceCurrency)) {
            throw Problems.unprocessable("currency-mismatch", "The transaction is in " + t.currency
                    + " but deals of this workspace are in " + workspaceCurrency + ".");
        }
        try {
            return t.exactAmount().setScale(Money.SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw Problems.unprocessable("amount-not-representable", "The amount " + t.exactAmount().toPlainString()
                    + " has more decimals than a deal value keeps (" + Money.SCALE + ").");
        }
    }

    private Uni<Deal> requireDeal(UUID workspaceId, UUID id) {
        return deals.findInWorkspace(workspaceId, id).onItem().ifNull().failWith(() -> Problems.notFound("Deal", id));
    }
}
