package io.handoff.outcomes.contact;

import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactOwnerAssigned;
import io.handoff.events.contacts.ContactStageChanged;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * What setter performance needs of contacts-service's events: each contact's email (leads are known by email
 * only) and what users did to contacts — claimed them (became setter owner), approved them (asked for a
 * strategy call) or moved their stage. Each action is kept once per natural key, at the first time it happened,
 * so any redelivery or replay leaves the same rows.
 */
@ApplicationScoped
public class ContactActivityProjection {

    static final String CLAIMED = "CLAIMED";
    static final String APPROVED = "APPROVED";
    static final String STAGE_CHANGED = "STAGE_CHANGED";

    private static final String LINK = "INSERT INTO contact_link (contact_id, workspace_id, email) VALUES (?1, ?2, ?3) "
            + "ON CONFLICT (contact_id) DO NOTHING";
    private static final String ACTION = "INSERT INTO setter_action (workspace_id, kind, ref_id, user_id, contact_id, "
            + "acted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (workspace_id, kind, ref_id, user_id) "
            + "DO UPDATE SET acted_at = LEAST(setter_action.acted_at, EXCLUDED.acted_at)";

    /** Runs inside the consumer's transaction. */
    public Uni<Void> created(CloudEvent event, ContactCreated contact) {
        return Panache.getSession().chain(s -> s.createNativeQuery(LINK).setParameter(1, contact.contactId())
                .setParameter(2, event.workspaceId())
                .setParameter(3, contact.email().strip().toLowerCase(Locale.ROOT)).executeUpdate()).replaceWithVoid();
    }

    /** A setter owner assigned (by the setter or by a manager's round robin) has claimed the contact. */
    public Uni<Void> ownerAssigned(CloudEvent event, ContactOwnerAssigned assigned) {
        if (!"SETTER".equals(assigned.ownerRole()) || assigned.ownerId() == null) {
            return Uni.createFrom().voidItem();
        }
        return act(event, CLAIMED, assigned.contactId(), assigned.ownerId(), assigned.contactId());
    }

    public Uni<Void> bookingRequested(CloudEvent event, BookingRequested request) {
        return act(event, APPROVED, request.approvalId(), request.requestedBy(), request.contactId());
    }

    /** Only a move by a user counts as an action; moves by the system or the invitee do not. */
    public Uni<Void> stageChanged(CloudEvent event, ContactStageChanged change) {
        Actor actor = change.actor();
        if (actor == null || !Actor.USER.equals(actor.kind()) || actor.userId() == null) {
            return Uni.createFrom().voidItem();
        }
        return act(event, STAGE_CHANGED, change.contactId(), actor.userId(), change.contactId());
    }

    private static Uni<Void> act(CloudEvent event, String kind, UUID refId, UUID userId, UUID contactId) {
        Instant at = event.time();
        return Panache.getSession().chain(s -> s.createNativeQuery(ACTION).setParameter(1, event.workspaceId())
                .setParameter(2, kind).setParameter(3, refId).setParameter(4, userId).setParameter(5, contactId)
                .setParameter(6, at).executeUpdate()).replaceWithVoid();
    }
}
