package io.handoff.deals.outcome;

import io.handoff.deals.call.CallRepository;
import io.handoff.deals.contact.KnownContactRepository;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Keeps each call's current outcome from outcomes-service's events (the highest revision wins, so a late
 * older revision changes nothing) and lists the SALE outcomes that still lack their deal.
 */
@ApplicationScoped
public class OutcomeProjection {

    @Inject
    CallOutcomeRepository outcomes;
    @Inject
    CallRepository calls;
    @Inject
    KnownContactRepository contacts;

    /** Runs inside the consumer's transaction; closer and setter fall back to the booked call's host and set-by. */
    public Uni<Void> applyRecorded(UUID workspaceId, OutcomeRecorded recorded) {
        return outcomes.findById(recorded.callId()).chain(found -> {
            if (found != null && (!found.workspaceId.equals(workspaceId) || found.revision >= recorded.revision())) {
                return Uni.createFrom().voidItem();
            }
            return calls.findInWorkspace(workspaceId, recorded.callId())
                    .chain(call -> contacts.currentIdOf(recorded.contactId() != null ? recorded.contactId()
                            : call == null ? null : call.contactId).chain(contactId -> {
                        CallOutcome o = found != null ? found : new CallOutcome();
                        o.callId = recorded.callId();
                        o.workspaceId = workspaceId;
                        o.contactId = contactId;
                        o.closerId = recorded.hostId() != null || call == null ? recorded.hostId() : call.hostId;
                        o.setterId = recorded.setById() != null || call == null ? recorded.setById() : call.setById;
                        o.result = recorded.result();
                        o.revision = recorded.revision();
                        o.recordedAt = recorded.recordedAt().truncatedTo(ChronoUnit.MICROS);
                        return found != null ? outcomes.flush() : outcomes.persist(o).replaceWithVoid();
                    }));
        });
    }

    public Uni<Page<MissingDealView>> listMissingDeals(UUID workspaceId, MissingDealFilter filter, PageRequest page) {
        return outcomes.listMissingDeals(workspaceId, filter, page)
                .map(rows -> Page.of(rows, page, o -> o.recordedAt, o -> o.callId, MissingDealView::of));
    }
}
