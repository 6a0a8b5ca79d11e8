package io.handoff.notifications.alert;

import io.handoff.directory.Directory;
import io.handoff.directory.KnownUser;
import io.handoff.events.CloudEvent;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.notifications.contact.ActivityLog;
import io.handoff.notifications.contact.KnownContact;
import io.handoff.notifications.contact.KnownContactRepository;
import io.handoff.notifications.contact.PendingQualification;
import io.handoff.notifications.schedule.Channel;
import io.handoff.notifications.schedule.NotificationKind;
import io.handoff.notifications.schedule.ScheduledNotification;
import io.handoff.notifications.schedule.ScheduledNotificationRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A lead that turns QUALIFIED on the booking form alerts its setter owner (or every setter) at once, and plans
 * a speed-to-lead check at the end of the workspace's SLA. The lead is matched to its contact by email; when
 * the contact is not known yet, the qualification waits for contact.created.v1. Alerts go out once per contact,
 * and not for a lead that qualified more than a day ago. Runs inside the consumer's transaction.
 */
@ApplicationScoped
public class LeadAlerts {

    static final String QUALIFIED = "QUALIFIED";
    public static final String QUALIFIED_AT = "qualifiedAt";
    public static final String SLA_MINUTES = "slaMinutes";
    public static final String RECIPIENT_USER = "recipientUserId";
    private static final int DEFAULT_SLA_MINUTES = 5;
    /** Older qualifications (a replay of old events) are noted but alert nobody: setters would drown in them. */
    static final Duration STALE_AFTER = Duration.ofHours(24);

    @Inject
    KnownContactRepository contacts;
    @Inject
    ScheduledNotificationRepository notifications;
    @Inject
    Recipients recipients;
    @Inject
    Directory directory;
    @Inject
    ActivityLog activity;
    @Inject
    Clock clock;

    public Uni<Void> onLeadCaptured(CloudEvent event, LeadCaptured lead) {
        if (!QUALIFIED.equals(lead.status()) || lead.invitee() == null || lead.invitee().email() == null) {
            return Uni.createFrom().voidItem();
        }
        UUID workspaceId = event.workspaceId();
        Instant qualifiedAt = lead.capturedAt() != null ? lead.capturedAt()
                : event.time() != null ? event.time() : clock.instant();
        String email = KnownContactRepository.normalise(lead.invitee().email());
        return contacts.lockByEmail(workspaceId, email).chain(contact -> contact != null
                ? qualify(contact, qualifiedAt)
                : waitForContact(workspaceId, email, qualifiedAt));
    }

    /** A contact was announced: a qualification that waited for it alerts now. */
    public Uni<Void> onContactKnown(KnownContact contact) {
        return PendingQualification.<PendingQualification>find("workspaceId = ?1 and email = ?2",
                contact.workspaceId, contact.email).firstResult().chain(pending -> pending == null
                ? Uni.createFrom().voidItem()
                : pending.delete().chain(() -> contacts.findForUpdate(contact.workspaceId, contact.id))
                        .chain(locked -> qualify(locked, pending.qualifiedAt)));
    }

    private Uni<Void> waitForContact(UUID workspaceId, String email, Instant qualifiedAt) {
        return PendingQualification.<PendingQualification>find("workspaceId = ?1 and email = ?2", workspaceId, email)
                .firstResult().chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
                    PendingQualification p = new PendingQualification();
                    p.id = UUID.randomUUID();
                    p.workspaceId = workspaceId;
                    p.email = email;
                    p.qualifiedAt = qualifiedAt;
                    return p.persist().replaceWithVoid();
                });
    }

    private Uni<Void> qualify(KnownContact contact, Instant qualifiedAt) {
        if (contact.qualifiedAt != null) {
            return Uni.createFrom().voidItem();
        }
        contact.qualifiedAt = qualifiedAt;
        contact.updatedAt = clock.instant();
        Uni<Void> noted = activity.record(contact.workspaceId, contact.id, qualifiedAt,
                "Qualified on the booking form");
        if (qualifiedAt.plus(STALE_AFTER).isBefore(clock.instant())) {
            return noted;
        }
        return directory.findWorkspace(contact.workspaceId)
                .map(w -> w == null || w.speedToLeadSlaMinutes < 1 ? DEFAULT_SLA_MINUTES : w.speedToLeadSlaMinutes)
                .chain(slaMinutes -> recipients.settersFor(contact.workspaceId, contact.setterOwnerId)
                        .chain(setters -> notifications.persist(plan(contact, setters, slaMinutes))))
                .chain(() -> noted);
    }

    private List<ScheduledNotification> plan(KnownContact contact, List<KnownUser> setters, int slaMinutes) {
        Instant now = clock.instant();
        List<ScheduledNotification> planned = new ArrayList<>();
        for (KnownUser setter : setters) {
            ScheduledNotification alert = ScheduledNotification.planned(contact.workspaceId,
                    NotificationKind.QUALIFIED_ALERT, Channel.EMAIL, setter.email, now, now);
            alert.payload.put(RECIPIENT_USER, setter.id.toString());
            planned.add(facts(alert, contact, slaMinutes));
        }
        Instant deadline = contact.qualifiedAt.plus(Duration.ofMinutes(slaMinutes));
        planned.add(facts(ScheduledNotification.planned(contact.workspaceId, NotificationKind.SLA_CHECK, null, null,
                deadline, now), contact, slaMinutes));
        return planned;
    }

    private static ScheduledNotification facts(ScheduledNotification n, KnownContact contact, int slaMinutes) {
        n.contactId = contact.id;
        n.contactEmail = contact.email;
        n.payload.put(QUALIFIED_AT, contact.qualifiedAt.toString());
        n.payload.put(SLA_MINUTES, Integer.toString(slaMinutes));
        return n;
    }
}
