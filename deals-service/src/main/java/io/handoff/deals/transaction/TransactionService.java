package io.handoff.deals.transaction;

import io.handoff.deals.contact.KnownContactRepository;
import io.handoff.events.EventType;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Stores processors' payments once each, matched to contacts by email, and lists them. */
@ApplicationScoped
public class TransactionService {

    @Inject
    TransactionRepository transactions;
    @Inject
    KnownContactRepository contacts;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /**
     * Runs inside the caller's transaction. A notification seen before (same processor id, or the same payment
     * reported again) stores nothing and announces nothing: the stored transaction is the answer.
     */
    public Uni<RecordedTransaction> recordPayment(UUID workspaceId, UUID sourceId, String provider,
                                                  PaymentNotice notice) {
        return transactions.findDelivered(workspaceId, provider, notice.externalId(), notice.paymentRef())
                .chain(known -> known != null
                        ? Uni.createFrom().item(new RecordedTransaction(TransactionView.of(known), false))
                        : contacts.findContactIdByEmail(workspaceId, notice.email())
                        .map(contactId -> newTransaction(workspaceId, sourceId, provider, notice, contactId))
                        .call(t -> transactions.persist(t))
                        .call(t -> outbox.append(EventType.TRANSACTION_RECEIVED, workspaceId, t.id, t.received()))
                        .map(t -> new RecordedTransaction(TransactionView.of(t), true)));
    }

    public Uni<TransactionView> findTransaction(UUID workspaceId, UUID id) {
        return transactions.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("Transaction", id)).map(TransactionView::of);
    }

    public Uni<Page<TransactionView>> listTransactions(UUID workspaceId, TransactionFilter filter, PageRequest page) {
        return transactions.listPage(workspaceId, filter, page)
                .map(rows -> Page.of(rows, page, t -> t.occurredAt, t -> t.id, TransactionView::of));
    }

    private PaymentTransaction newTransaction(UUID workspaceId, UUID sourceId, String provider, PaymentNotice notice,
                                              UUID contactId) {
        PaymentTransaction t = new PaymentTransaction();
        t.id = UUID.randomUUID();
        t.workspaceId = workspaceId;
        t.sourceId = sourceId;
        t.provider = provider;
        t.externalId = notice.externalId();
        t.paymentRef = notice.paymentRef();
        t.amount = notice.amount();
        t.currency = notice.currency();
        t.email = notice.email();
        t.contactId = contactId;
        t.receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        t.occurredAt = notice.occurredAt() == null ? t.receivedAt : notice.occurredAt().truncatedTo(ChronoUnit.MICROS);
        return t;
    }
}
