package io.handoff.deals.contact;

import io.handoff.deals.call.CallRepository;
import io.handoff.deals.deal.DealRepository;
import io.handoff.deals.outcome.CallOutcomeRepository;
import io.handoff.deals.transaction.TransactionRepository;
import io.handoff.events.EventType;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.reactive.Sequence;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Moves a merged duplicate's records to the primary contact: deals (each announced as deal.updated.v1),
 * transactions, "deal missing" outcomes and known calls (so that new deals on its calls pass the same-contact check).
 */
@ApplicationScoped
public class ContactMerge {

    @Inject
    DealRepository deals;
    @Inject
    TransactionRepository transactions;
    @Inject
    CallOutcomeRepository outcomes;
    @Inject
    CallRepository calls;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Runs inside the consumer's transaction. */
    public Uni<Void> repoint(UUID workspaceId, UUID duplicateId, UUID primaryId) {
        return deals.listByContact(workspaceId, duplicateId)
                .chain(moved -> Sequence.each(moved, d -> {
                    d.contactId = primaryId;
                    d.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    return outbox.append(EventType.DEAL_UPDATED, workspaceId, d.id, d.details());
                }))
                .chain(deals::flush)
                .chain(() -> transactions.repointContact(workspaceId, duplicateId, primaryId))
                .chain(() -> outcomes.repointContact(workspaceId, duplicateId, primaryId))
                .chain(() -> calls.repointContact(workspaceId, duplicateId, primaryId))
                .replaceWithVoid();
    }
}
