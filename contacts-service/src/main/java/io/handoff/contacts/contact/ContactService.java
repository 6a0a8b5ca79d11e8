package io.handoff.contacts.contact;

import io.handoff.contacts.stage.StageRepository;
import io.handoff.events.Actor;
import io.handoff.events.EventType;
import io.handoff.events.Utm;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.platform.json.JsonList;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.UUID;

/** Creates contacts (by hand or from captured leads), reads and lists them. */
@ApplicationScoped
public class ContactService {

    @Inject
    ContactRepository contacts;
    @Inject
    StageRepository stages;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction. */
    public Uni<ContactView> createContact(UUID workspaceId, UUID userId, NewContact request) {
        return contacts.findByEmail(workspaceId, request.email()).chain(existing -> {
            if (existing != null) {
                throw Problems.conflict("A contact with the email " + request.email() + " exists: " + existing.id);
            }
            Contact c = newContact(workspaceId, request.email());
            c.name = request.name();
            c.phone = request.phone();
            c.timeZone = request.timeZone();
            c.tags = JsonList.of(request.tags());
            return persistNew(c, Actor.user(userId));
        });
    }

    /**
     * Applies a lead captured on a public booking form: the first submission of an email creates the
     * contact, later ones update it and only ever move its lead status forward.
     */
    public Uni<Void> captureLead(UUID workspaceId, LeadCaptured lead) {
        return contacts.findByEmail(workspaceId, lead.invitee().email()).chain(existing -> {
            Contact c = existing != null ? existing : newContact(workspaceId, lead.invitee().email());
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
            if (lead.utm() != null && c.utmSource == null) {
                keepUtm(c, lead.utm());
            }
            c.updatedAt = clock.instant();
            return existing != null ? Uni.createFrom().voidItem() : persistNew(c, Actor.contact()).replaceWithVoid();
        });
    }

    public Uni<ContactView> findContact(UUID workspaceId, UUID id) {
        return contacts.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("Contact", id))
                .map(ContactView::of);
    }

    public Uni<Page<ContactView>> listContacts(UUID workspaceId, ContactFilter filter, PageRequest page) {
        return contacts.listPage(workspaceId, filter, page)
                .map(rows -> Page.of(rows, page, c -> c.createdAt, c -> c.id, ContactView::of));
    }

    private Contact newContact(UUID workspaceId, String email) {
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.workspaceId = workspaceId;
        c.email = email.strip();
        c.createdAt = clock.instant();
        c.updatedAt = c.createdAt;
        return c;
    }

    /** New contacts land in the workspace's default stage. */
    private Uni<ContactView> persistNew(Contact c, Actor actor) {
        return stages.findDefault(c.workspaceId).chain(stage -> {
            c.stageId = stage == null ? null : stage.id;
            return contacts.persist(c).chain(() -> outbox.append(EventType.CONTACT_CREATED, c.workspaceId, c.id,
                    new ContactCreated(c.id, c.email, c.name, c.phone, c.timeZone,
                            c.leadStatus == null ? null : c.leadStatus.name(), stage == null ? null : stage.ref(),
                            c.setterOwnerId, c.closerOwnerId, utm(c), actor)));
        }).map(event -> ContactView.of(c));
    }

    private static void keepUtm(Contact c, Utm utm) {
        c.utmSource = utm.source();
        c.utmMedium = utm.medium();
        c.utmCampaign = utm.campaign();
        c.utmTerm = utm.term();
        c.utmContent = utm.content();
    }

    private static Utm utm(Contact c) {
        return c.utmSource == null && c.utmMedium == null && c.utmCampaign == null ? null
                : new Utm(c.utmSource, c.utmMedium, c.utmCampaign, c.utmTerm, c.utmContent);
    }

    private static String firstNonBlank(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }

}
