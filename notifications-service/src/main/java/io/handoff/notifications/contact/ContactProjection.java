package io.handoff.notifications.contact;

import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactOwnerAssigned;
import io.handoff.events.contacts.ContactStageChanged;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps the contact copy from contacts-service's and outcomes-service's events: setter owner, setter actions
 * (owner assigned, stage moved by a member, approval), handoff notes, the latest discovery outcome, and a line
 * of history for each. Every method runs inside the consumer's transaction.
 */
@ApplicationScoped
public class ContactProjection {

    static final String SETTER = "SETTER";

    @Inject
    KnownContactRepository contacts;
    @Inject
    ActivityLog activity;
    @Inject
    Clock clock;

    /** The contact as now known (the existing copy when the event is a repeat under a new id). */
    public Uni<KnownContact> onCreated(CloudEvent event, ContactCreated created) {
        UUID workspaceId = event.workspaceId();
        return contacts.findInWorkspace(workspaceId, created.contactId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            KnownContact c = new KnownContact();
            c.id = created.contactId();
            c.workspaceId = workspaceId;
            c.email = KnownContactRepository.normalise(created.email());
            c.name = created.name();
            c.phone = created.phone();
            c.timeZone = created.timeZone();
            c.setterOwnerId = created.setterOwnerId();
            c.createdAt = at(event);
            c.updatedAt = clock.instant();
            String status = created.leadStatus() == null ? "" : " as a " + created.leadStatus().toLowerCase() + " lead";
            Uni<String> summary = created.actor() != null && Actor.CONTACT.equals(created.actor().kind())
                    ? Uni.createFrom().item("Captured from the booking form" + status)
                    : activity.byActor(workspaceId, created.actor()).map(by -> "Created" + status + by);
            return contacts.persist(c).chain(() -> summary)
                    .chain(text -> activity.record(workspaceId, c.id, c.createdAt, text)).replaceWith(c);
        });
    }

    public Uni<Void> onOwnerAssigned(CloudEvent event, ContactOwnerAssigned assigned) {
        UUID workspaceId = event.workspaceId();
        return contacts.findForUpdate(workspaceId, assigned.contactId()).chain(c -> {
            if (c == null) {
                return Uni.createFrom().voidItem();
            }
            boolean setter = SETTER.equals(assigned.ownerRole());
            if (setter) {
                c.setterOwnerId = assigned.ownerId();
            }
            c.noteSetterAction(at(event));
            c.updatedAt = clock.instant();
            return describe(workspaceId, assigned, setter)
                    .chain(text -> activity.record(workspaceId, c.id, at(event), text));
        });
    }

    public Uni<Void> onStageChanged(CloudEvent event, ContactStageChanged changed) {
        UUID workspaceId = event.workspaceId();
        return contacts.findForUpdate(workspaceId, changed.contactId()).chain(c -> {
            if (c == null) {
                return Uni.createFrom().voidItem();
            }
            if (changed.actor() != null && Actor.USER.equals(changed.actor().kind())) {
                c.noteSetterAction(at(event));
                c.updatedAt = clock.instant();
            }
            String to = changed.to() == null ? "Stage cleared" : "Moved to " + changed.to().name();
            return activity.byActor(workspaceId, changed.actor())
                    .chain(by -> activity.record(workspaceId, c.id, at(event), to + by));
        });
    }

    /** Keeps the handoff notes for the closer's brief; approving is a setter action. */
    public Uni<Void> onBookingRequested(CloudEvent event, BookingRequested request) {
        UUID workspaceId = event.workspaceId();
        HandoffNote note = new HandoffNote();
        note.approvalId = request.approvalId();
        note.workspaceId = workspaceId;
        note.contactId = request.contactId();
        note.requestedBy = request.requestedBy();
        note.notes = request.handoffNotes() == null ? Map.of() : request.handoffNotes();
        note.requestedAt = at(event);
        return HandoffNote.<HandoffNote>findById(request.approvalId())
                .chain(existing -> existing != null ? Uni.createFrom().voidItem() : note.persist().replaceWithVoid())
                .chain(() -> contacts.findForUpdate(workspaceId, request.contactId()))
                .chain(c -> {
                    if (c == null) {
                        return Uni.createFrom().voidItem();
                    }
                    c.noteSetterAction(at(event));
                    c.updatedAt = clock.instant();
                    return activity.nameOf(workspaceId, request.requestedBy()).chain(name -> activity.record(
                            workspaceId, c.id, at(event), "Approved by " + name + " for a strategy call"));
                });
    }

    /** The latest discovery outcome is the setter's word on the lead, for the closer's brief. */
    public Uni<Void> onOutcomeRecorded(CloudEvent event, OutcomeRecorded outcome) {
        UUID workspaceId = event.workspaceId();
        return contacts.findForUpdate(workspaceId, outcome.contactId()).chain(c -> {
            if (c == null) {
                return Uni.createFrom().voidItem();
            }
            Instant recordedAt = outcome.recordedAt() != null ? outcome.recordedAt() : at(event);
            boolean discovery = "DISCOVERY".equals(outcome.callKind());
            if (discovery && (c.discoveryRecordedAt == null || !recordedAt.isBefore(c.discoveryRecordedAt))) {
                c.discoveryResult = outcome.result() + (outcome.reason() == null ? "" : " (" + outcome.reason() + ")");
                c.discoveryNotes = outcome.notes();
                c.discoveryRecordedAt = recordedAt;
                c.updatedAt = clock.instant();
            }
            String kind = discovery ? "Discovery" : "Strategy";
            String revised = outcome.revision() > 1 ? " (corrected)" : "";
            return activity.byActor(workspaceId, outcome.actor()).chain(by -> activity.record(workspaceId, c.id,
                    recordedAt, kind + " call outcome " + outcome.result() + revised + by));
        });
    }

    private Uni<String> describe(UUID workspaceId, ContactOwnerAssigned assigned, boolean setter) {
        String role = setter ? "Setter" : "Closer";
        if (assigned.ownerId() == null) {
            return activity.byActor(workspaceId, assigned.actor()).map(by -> role + " owner removed" + by);
        }
        boolean self = assigned.actor() != null && Objects.equals(assigned.actor().userId(), assigned.ownerId());
        return activity.nameOf(workspaceId, assigned.ownerId()).chain(owner -> setter && self
                ? Uni.createFrom().item("Claimed by " + owner)
                : activity.byActor(workspaceId, assigned.actor()).map(by -> role + " owner set to " + owner + by));
    }

    private Instant at(CloudEvent event) {
        return event.time() != null ? event.time() : clock.instant();
    }
}
