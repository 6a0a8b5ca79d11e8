package io.handoff.contacts.contact;

import io.handoff.contacts.journey.Journey;
import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.Utm;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.platform.json.JsonList;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.UUID;

/** Turns leads captured on public booking forms into contacts, one per email. */
@ApplicationScoped
public class LeadIntake {

    @Inject
    ContactRepository contacts;
    @Inject
    ContactService contactService;
    @Inject
    Journey journey;
    @Inject
    Clock clock;

    /**
     * Applies a lead captured on a public booking form: the first submission of an email creates the
     * contact, later ones update it and only ever move its lead status forward.
     */
    public Uni<Void> captureLead(CloudEvent event, LeadCaptured lead) {
        UUID workspaceId = event.workspaceId();
        return contacts.findByEmail(workspaceId, lead.invitee().email()).chain(existing -> {
            Contact c = existing != null ? existing : contactService.newContact(workspaceId, lead.invitee().email());
            LeadStatus submitted = LeadStatus.valueOf(lead.status());
            c.leadStatus = c.leadStatus == null ? submitted : c.leadStatus.advancedBy(submitted);
            if (c.leadStatus == LeadStatus.DISQUALIFIED) {
                c.disqualificationReason = lead.disqualificationReason();
            }
            c.leadId = lead.leadId();
            c.lastEventTypeId = lead.eventTypeId();
            c.name = firstNonBlank(lead.invitee().name(), c.name);
            c.phone = firstNonBlank(lead.invitee().phone(), c.phone);
            c.timeZone = firstNonBlank(lead.invitee().timeZone(), c.timeZone);
            c.ipAddress = firstNonBlank(lead.ipAddress(), c.ipAddress);
            if (lead.answers() != null && !lead.answers().isEmpty()) {
                c.answers = JsonList.of(lead.answers());
            }
            if (lead.utm() != null && c.utmSource == null && c.utmCampaign == null) {
                keepUtm(c, lead.utm());
            }
            c.updatedAt = clock.instant();
            String summary = "Lead " + lead.status().toLowerCase() + " on the booking form"
                    + (lead.disqualificationReason() == null ? "" : " (" + lead.disqualificationReason() + ")");
            Uni<?> stored = existing != null ? Uni.createFrom().voidItem() : contactService.persistNew(c, Actor.contact(), "Captured from the booking form");
            return stored.chain(() -> journey.recordEvent(event, c.id, "LEAD_CAPTURED", Actor.contact(), summary,
                    Journey.details("leadStatus", c.leadStatus.name(), "eventTypeId", lead.eventTypeId())));
        });
    }

    private static void keepUtm(Contact c, Utm utm) {
        c.utmSource = utm.source();
        c.utmMedium = utm.medium();
        c.utmCampaign = utm.campaign();
        c.utmTerm = utm.term();
        c.utmContent = utm.content();
    }

    private static String firstNonBlank(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }
}
