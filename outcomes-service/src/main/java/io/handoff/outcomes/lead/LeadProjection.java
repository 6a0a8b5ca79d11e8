package io.handoff.outcomes.lead;

import io.handoff.events.CloudEvent;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.outcomes.analytics.AffectedDays;
import io.handoff.outcomes.analytics.AnalyticsRollup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Keeps one row per lead from lead.captured.v1, which scheduling-service sends on every submission of the
 * form: the lead counts on its earliest capture and shows the status, event type and UTM source of its latest.
 * Applying any submission again, in any order, leaves the same row.
 */
@ApplicationScoped
public class LeadProjection {

    @Inject
    AnalyticsRollup rollup;

    /** Runs inside the consumer's transaction. */
    public Uni<Void> captured(CloudEvent event, LeadCaptured lead) {
        UUID workspaceId = event.workspaceId();
        return rollup.lock(workspaceId)
                .chain(() -> find(workspaceId, lead.leadId()))
                .chain(found -> {
                    LeadFact fact = found != null ? found : newFact(workspaceId, lead);
                    Instant before = fact.capturedAt;
                    apply(fact, lead);
                    Uni<?> stored = found == null ? fact.persist() : Uni.createFrom().voidItem();
                    return stored.chain(() -> rollup.refresh(workspaceId, AffectedDays.of(before, fact.capturedAt)));
                });
    }

    private static Uni<LeadFact> find(UUID workspaceId, UUID leadId) {
        return LeadFact.find("workspaceId = ?1 and id = ?2", workspaceId, leadId).firstResult();
    }

    private static LeadFact newFact(UUID workspaceId, LeadCaptured lead) {
        LeadFact fact = new LeadFact();
        fact.id = lead.leadId();
        fact.workspaceId = workspaceId;
        fact.capturedAt = lead.capturedAt();
        return fact;
    }

    private static void apply(LeadFact fact, LeadCaptured lead) {
        if (lead.capturedAt().isBefore(fact.capturedAt)) {
            fact.capturedAt = lead.capturedAt();
        }
        if (fact.statusAt == null || !lead.capturedAt().isBefore(fact.statusAt)) {
            fact.email = lead.invitee().email().strip().toLowerCase(Locale.ROOT);
            fact.status = lead.status();
            fact.statusAt = lead.capturedAt();
            fact.eventTypeId = lead.eventTypeId();
            fact.utmSource = lead.utm() == null || lead.utm().source() == null || lead.utm().source().isBlank()
                    ? null : lead.utm().source().strip();
        }
    }
}
