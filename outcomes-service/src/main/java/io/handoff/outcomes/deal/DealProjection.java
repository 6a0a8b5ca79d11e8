package io.handoff.outcomes.deal;

import io.handoff.events.CloudEvent;
import io.handoff.events.deals.DealDeleted;
import io.handoff.events.deals.DealDetails;
import io.handoff.outcomes.analytics.AffectedDays;
import io.handoff.outcomes.analytics.AnalyticsRollup;
import io.handoff.outcomes.call.CallRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Keeps deals from deals-service's events, keyed by deal id: an event older than what is applied changes
 * nothing, a deletion is final. A deal counts on its date; its call (for event type, UTM source and whether
 * the call closed) may arrive later, and then refreshes the deal's day itself.
 */
@ApplicationScoped
public class DealProjection {

    @Inject
    AnalyticsRollup rollup;
    @Inject
    CallRepository calls;

    /** deal.created.v1 and deal.updated.v1 carry the whole deal. Runs inside the consumer's transaction. */
    public Uni<Void> changed(CloudEvent event, DealDetails deal) {
        UUID workspaceId = event.workspaceId();
        return rollup.lock(workspaceId).chain(() -> find(workspaceId, deal.dealId())).chain(found -> {
            if (found != null && (found.deleted || found.updatedAt.isAfter(event.time()))) {
                return Uni.createFrom().voidItem();
            }
            DealFact fact = found != null ? found : new DealFact();
            AffectedDays affected = AffectedDays.none();
            Uni<AffectedDays> before = found == null ? Uni.createFrom().item(affected) : touched(fact, affected);
            return before.chain(() -> {
                fact.id = deal.dealId();
                fact.workspaceId = workspaceId;
                fact.callId = deal.callId();
                fact.contactId = deal.contactId();
                fact.closerId = deal.closerId();
                fact.setterId = deal.setterId();
                fact.value = deal.value();
                fact.paymentType = deal.paymentType();
                fact.date = deal.date();
                fact.updatedAt = event.time();
                return found == null ? fact.persist().replaceWithVoid() : Uni.createFrom().voidItem();
            }).chain(() -> touched(fact, affected)).chain(days -> rollup.refresh(workspaceId, days));
        });
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> deleted(CloudEvent event, DealDeleted deal) {
        UUID workspaceId = event.workspaceId();
        return rollup.lock(workspaceId).chain(() -> find(workspaceId, deal.dealId())).chain(fact -> {
            if (fact == null || fact.deleted) {
                return Uni.createFrom().voidItem();
            }
            fact.deleted = true;
            fact.updatedAt = fact.updatedAt.isAfter(event.time()) ? fact.updatedAt : event.time();
            return touched(fact, AffectedDays.none()).chain(days -> rollup.refresh(workspaceId, days));
        });
    }

    private static Uni<DealFact> find(UUID workspaceId, UUID dealId) {
        return DealFact.find("workspaceId = ?1 and id = ?2", workspaceId, dealId).firstResult();
    }

    /** The deal's day, and its call's day: whether a strategy call closed depends on its WON deals. */
    private Uni<AffectedDays> touched(DealFact fact, AffectedDays affected) {
        affected.on(fact.date);
        if (fact.callId == null) {
            return Uni.createFrom().item(affected);
        }
        return calls.findInWorkspace(fact.workspaceId, fact.callId).map(call -> affected.at(call == null ? null : call.start));
    }
}
