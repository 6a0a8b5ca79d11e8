package io.handoff.notifications.contact;

import io.handoff.events.CloudEvent;
import io.handoff.events.contacts.ContactMerged;
import io.handoff.platform.reactive.Sequence;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Applies contact.merged.v1: what this service keeps about the duplicate (calls, planned notifications and
 * checks, history, handoff notes) now belongs to the primary, which also takes over the duplicate's
 * qualification, setter actions and discovery outcome where they tell more; the duplicate's copy goes.
 */
@ApplicationScoped
public class ContactMerges {

    private static final List<String> REPOINT = List.of(
            "update known_call set contact_id = ?1 where workspace_id = ?2 and contact_id = ?3",
            "update scheduled_notification set contact_id = ?1 where workspace_id = ?2 and contact_id = ?3",
            "update contact_activity set contact_id = ?1 where workspace_id = ?2 and contact_id = ?3",
            "update handoff_note set contact_id = ?1 where workspace_id = ?2 and contact_id = ?3");

    @Inject
    KnownContactRepository contacts;
    @Inject
    ActivityLog activity;
    @Inject
    Clock clock;

    /** Runs inside the consumer's transaction. */
    public Uni<Void> onMerged(CloudEvent event, ContactMerged merged) {
        UUID workspaceId = event.workspaceId();
        UUID primaryId = merged.primaryContactId();
        UUID duplicateId = merged.duplicateContactId();
        return contacts.findForUpdate(workspaceId, primaryId).chain(primary -> contacts
                .findForUpdate(workspaceId, duplicateId).chain(duplicate -> {
                    Uni<Void> absorbed = duplicate == null ? Uni.createFrom().voidItem()
                            : absorb(primary, duplicate, primaryId).chain(() -> contacts.delete(duplicate));
                    return absorbed.chain(() -> Sequence.each(REPOINT, sql -> Panache.getSession().chain(session ->
                                    session.createNativeQuery(sql).setParameter(1, primaryId)
                                            .setParameter(2, workspaceId).setParameter(3, duplicateId)
                                            .executeUpdate())))
                            .chain(() -> activity.record(workspaceId, primaryId, at(event), "Merged with a duplicate"
                                    + (duplicate == null ? "" : " (" + duplicate.email + ")")));
                }));
    }

    /** The primary takes what the duplicate knew and it did not; a primary never announced is made from it. */
    private Uni<Void> absorb(KnownContact primary, KnownContact duplicate, UUID primaryId) {
        KnownContact target = primary;
        if (target == null) {
            target = new KnownContact();
            target.id = primaryId;
            target.workspaceId = duplicate.workspaceId;
            target.email = duplicate.email;
            target.name = duplicate.name;
            target.phone = duplicate.phone;
            target.timeZone = duplicate.timeZone;
            target.createdAt = duplicate.createdAt;
        }
        if (target.setterOwnerId == null) {
            target.setterOwnerId = duplicate.setterOwnerId;
        }
        if (target.qualifiedAt == null
                || (duplicate.qualifiedAt != null && duplicate.qualifiedAt.isBefore(target.qualifiedAt))) {
            target.qualifiedAt = duplicate.qualifiedAt;
        }
        if (duplicate.lastSetterActionAt != null) {
            target.noteSetterAction(duplicate.lastSetterActionAt);
        }
        if (duplicate.bookedAt != null) {
            target.noteBooked(duplicate.bookedAt);
        }
        if (duplicate.discoveryRecordedAt != null && (target.discoveryRecordedAt == null
                || duplicate.discoveryRecordedAt.isAfter(target.discoveryRecordedAt))) {
            target.discoveryResult = duplicate.discoveryResult;
            target.discoveryNotes = duplicate.discoveryNotes;
            target.discoveryRecordedAt = duplicate.discoveryRecordedAt;
        }
        target.updatedAt = clock.instant();
        return primary == null ? contacts.persist(target).replaceWithVoid() : Uni.createFrom().voidItem();
    }

    private Instant at(CloudEvent event) {
        return event.time() != null ? event.time() : clock.instant();
    }
}
