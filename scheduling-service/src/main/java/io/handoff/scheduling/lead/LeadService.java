package io.handoff.scheduling.lead;

import io.handoff.directory.Directory;
import io.handoff.events.Invitee;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.platform.json.JsonList;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.problem.Problems;
import io.handoff.scheduling.eventtype.EventType;
import io.handoff.scheduling.eventtype.EventTypeRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.UUID;

/**
 * Captures leads from public booking forms: one lead per email, qualified or disqualified by the event
 * type's rules once the form is complete, announced as lead.captured.v1 on every submission.
 */
@ApplicationScoped
public class LeadService {

    @Inject
    Directory directory;
    @Inject
    EventTypeRepository eventTypes;
    @Inject
    LeadRepository leads;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** The result says whether a new lead was created (201) or an existing one updated (200). */
    public record Capture(LeadView lead, boolean created) {
    }

    public Uni<EventType> findPublicEventType(String slug, UUID eventTypeId) {
        return directory.findWorkspaceBySlug(slug)
                .onItem().ifNull().failWith(() -> Problems.notFound("Booking page", slug))
                .chain(workspace -> eventTypes.findInWorkspace(workspace.id, eventTypeId))
                .onItem().ifNull().failWith(() -> Problems.notFound("Event type", eventTypeId))
                .invoke(type -> {
                    if (!type.active) {
                        throw Problems.notFound("Event type", eventTypeId);
                    }
                });
    }

    /** Runs inside the caller's transaction. */
    public Uni<Capture> captureLead(String slug, UUID eventTypeId, LeadSubmission form, String ipAddress) {
        return findPublicEventType(slug, eventTypeId).chain(type -> {
            FormEvaluation evaluation = new FormEvaluation(type, form.answers(), form.complete());
            if (!evaluation.errors().isEmpty()) {
                throw Problems.invalid(evaluation.errors());
            }
            return leads.findByEmail(type.workspaceId, form.email()).chain(existing -> {
                Lead lead = existing != null ? existing : newLead(type.workspaceId, form.email());
                lead.eventTypeId = type.id;
                apply(lead, form, evaluation, type, ipAddress);
                Uni<Void> stored = existing != null ? Uni.createFrom().voidItem() : leads.persist(lead).replaceWithVoid();
                return stored.chain(() -> outbox.append(io.handoff.events.EventType.LEAD_CAPTURED, lead.workspaceId,
                                lead.id, captured(lead)))
                        .map(event -> new Capture(LeadView.of(lead), existing == null));
            });
        });
    }

    private void apply(Lead lead, LeadSubmission form, FormEvaluation evaluation, EventType type, String ipAddress) {
        if (form.complete()) {
            var reason = evaluation.disqualification(type.disqualificationRules.items());
            lead.status = reason.isPresent() ? LeadStatus.DISQUALIFIED : LeadStatus.QUALIFIED;
            lead.disqualificationReason = reason.orElse(null);
        } else if (lead.status == null) {
            lead.status = LeadStatus.POTENTIAL;
        }
        lead.name = form.name() != null ? form.name().strip() : lead.name;
        lead.phone = form.phone() != null ? form.phone() : lead.phone;
        lead.timeZone = form.timeZone() != null ? form.timeZone() : lead.timeZone;
        if (!evaluation.answers().isEmpty()) {
            lead.answers = JsonList.of(evaluation.answers());
        }
        if (form.utm() != null && lead.utmSource == null && lead.utmCampaign == null) {
            lead.utmSource = form.utm().source();
            lead.utmMedium = form.utm().medium();
            lead.utmCampaign = form.utm().campaign();
            lead.utmTerm = form.utm().term();
            lead.utmContent = form.utm().content();
        }
        lead.ipAddress = ipAddress;
        lead.updatedAt = clock.instant();
    }

    private Lead newLead(UUID workspaceId, String email) {
        Lead lead = new Lead();
        lead.id = UUID.randomUUID();
        lead.workspaceId = workspaceId;
        lead.email = email.strip();
        lead.createdAt = clock.instant();
        return lead;
    }

    private LeadCaptured captured(Lead lead) {
        var utm = lead.utmSource == null && lead.utmMedium == null && lead.utmCampaign == null ? null
                : new io.handoff.events.Utm(lead.utmSource, lead.utmMedium, lead.utmCampaign, lead.utmTerm, lead.utmContent);
        return new LeadCaptured(lead.id, lead.eventTypeId, lead.status.name(), lead.disqualificationReason,
                new Invitee(lead.email, lead.name, lead.phone, lead.timeZone), lead.answers.items(), utm,
                lead.ipAddress, lead.updatedAt);
    }
}
