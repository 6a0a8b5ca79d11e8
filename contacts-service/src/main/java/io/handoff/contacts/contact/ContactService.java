package io.handoff.contacts.contact;

import io.handoff.contacts.journey.Journey;
import io.handoff.contacts.stage.StageRepository;
import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Invitee;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.platform.json.JsonList;
import io.handoff.platform.outbox.OutboxWriter;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Creates contacts (by hand or for booked calls), edits, reads and lists them. */
@ApplicationScoped
public class ContactService {

    @Inject
    ContactRepository contacts;
    @Inject
    StageRepository stages;
    @Inject
    OutboxWriter outbox;
    @Inject
    Journey journey;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction. */
    public Uni<ContactView> createContact(UUID workspaceId, UUID userId, NewContact request) {
        return emailFree(workspaceId, request.email(), null).chain(() -> {
            Contact c = newContact(workspaceId, request.email());
            c.name = request.name();
            c.phone = request.phone();
            c.timeZone = request.timeZone();
            c.tags = JsonList.of(request.tags());
            return persistNew(c, Actor.user(userId), "Created by hand");
        });
    }

    /** Runs inside the caller's transaction. */
    public Uni<ContactView> updateContact(UUID workspaceId, UUID userId, UUID id, ContactChanges changes) {
        return requireContact(workspaceId, id).chain(c -> emailFree(workspaceId, changes.email(), c).chain(() -> {
            Map<String, Object> changed = new LinkedHashMap<>();
            c.email = change(changed, "email", c.email, changes.email());
            c.name = change(changed, "name", c.name, changes.name());
            c.phone = change(changed, "phone", c.phone, changes.phone());
            c.secondaryEmail = change(changed, "secondaryEmail", c.secondaryEmail, changes.secondaryEmail());
            c.secondaryPhone = change(changed, "secondaryPhone", c.secondaryPhone, changes.secondaryPhone());
            c.timeZone = change(changed, "timeZone", c.timeZone, changes.timeZone());
            if (changes.tags() != null && !changes.tags().equals(c.tags.items())) {
                changed.put("tags", changes.tags());
                c.tags = JsonList.of(changes.tags().stream().distinct().toList());
            }
            if (changed.isEmpty()) {
                return Uni.createFrom().item(ContactView.of(c));
            }
            c.updatedAt = clock.instant();
            return journey.record(workspaceId, c.id, "EDITED", Actor.user(userId), "Edited " + String.join(", ",
                    changed.keySet()), changed).map(v -> ContactView.of(c));
        }));
    }

    /**
     * The contact a booked call is for: by id when the booker named one, else by the invitee's email; an
     * invitee never seen before (booked without filling the form) becomes a contact.
     */
    public Uni<Contact> findOrCreateForCall(CloudEvent event, UUID contactId, Invitee invitee) {
        UUID workspaceId = event.workspaceId();
        Uni<Contact> found = contactId != null ? contacts.findInWorkspace(workspaceId, contactId)
                : contacts.findByEmail(workspaceId, invitee.email());
        return found.chain(c -> c != null || contactId != null && invitee == null ? Uni.createFrom().item(c)
                : contacts.findByEmail(workspaceId, invitee.email())).chain(c -> {
                    if (c != null) {
                        return Uni.createFrom().item(c);
                    }
                    Contact created = newContact(workspaceId, invitee.email());
                    created.name = invitee.name();
                    created.phone = invitee.phone();
                    created.timeZone = invitee.timeZone();
                    return persistNew(created, Actor.contact(), "Created from a booked call").replaceWith(created);
                });
    }

    /** A lead whose only call was cancelled is worked again in Appointment Setting. */
    public Uni<Void> reopenLead(UUID workspaceId, UUID contactId) {
        return contacts.findInWorkspace(workspaceId, contactId).invoke(c -> {
            if (c != null && c.leadStatus == LeadStatus.BOOKED) {
                c.leadStatus = LeadStatus.QUALIFIED;
                c.updatedAt = clock.instant();
            }
        }).replaceWithVoid();
    }

    public Uni<Contact> requireContact(UUID workspaceId, UUID id) {
        return contacts.findInWorkspace(workspaceId, id).onItem().ifNull().failWith(() -> Problems.notFound("Contact", id));
    }

    public Uni<ContactView> findContact(UUID workspaceId, UUID id) {
        return requireContact(workspaceId, id).map(ContactView::of);
    }

    public Uni<Page<ContactView>> listContacts(UUID workspaceId, ContactFilter filter, ContactSort sort, PageRequest page) {
        return contacts.listPage(workspaceId, filter, sort, page)
                .map(rows -> Page.of(rows, page, sort::keyOf, c -> c.id, ContactView::of));
    }

    private Uni<Void> emailFree(UUID workspaceId, String email, Contact self) {
        if (email == null || self != null && email.equalsIgnoreCase(self.email)) {
            return Uni.createFrom().voidItem();
        }
        return contacts.findByEmail(workspaceId, email).map(existing -> {
            if (existing != null) {
                throw Problems.conflict("A contact with the email " + email + " exists: " + existing.id);
            }
            return null;
        });
    }

    Contact newContact(UUID workspaceId, String email) {
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.workspaceId = workspaceId;
        c.email = email.strip();
        c.createdAt = clock.instant();
        c.updatedAt = c.createdAt;
        return c;
    }

    /** New contacts land in the workspace's default stage. */
    Uni<ContactView> persistNew(Contact c, Actor actor, String summary) {
        return stages.findDefault(c.workspaceId).chain(stage -> {
            c.stageId = stage == null ? null : stage.id;
            return contacts.persist(c)
                    .chain(() -> outbox.append(EventType.CONTACT_CREATED, c.workspaceId, c.id,
                            new ContactCreated(c.id, c.email, c.name, c.phone, c.timeZone,
                                    c.leadStatus == null ? null : c.leadStatus.name(), stage == null ? null : stage.ref(),
                                    c.setterOwnerId, c.closerOwnerId, c.utm(), actor)))
                    .chain(() -> journey.record(c.workspaceId, c.id, "CREATED", actor, summary,
                            Journey.details("stage", stage == null ? null : stage.name)));
        }).map(v -> ContactView.of(c));
    }

    private static String change(Map<String, Object> changed, String field, String current, String requested) {
        if (requested == null || requested.equals(current)) {
            return current;
        }
        changed.put(field, requested);
        return requested.strip();
    }
}
