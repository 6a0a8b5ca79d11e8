package io.handoff.notifications.alert;

import io.handoff.directory.KnownUser;
import io.handoff.events.EventType;
import io.handoff.events.notifications.LeadSlaBreached;
import io.handoff.notifications.contact.ActivityLog;
import io.handoff.notifications.contact.KnownContact;
import io.handoff.notifications.contact.KnownContactRepository;
import io.handoff.notifications.schedule.Channel;
import io.handoff.notifications.schedule.NotificationKind;
import io.handoff.notifications.schedule.NotificationStatus;
import io.handoff.notifications.schedule.ScheduledNotification;
import io.handoff.notifications.schedule.ScheduledNotificationRepository;
import io.handoff.platform.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The speed-to-lead check at the end of a qualified lead's SLA: unless a setter acted (claimed, moved it,
 * approved it, set a call) or the lead booked a call since it qualified, it raises lead.sla-breached.v1 and
 * plans an email to every manager and admin, the escalation path.
 */
@ApplicationScoped
public class SlaCheck {

    @Inject
    KnownContactRepository contacts;
    @Inject
    ScheduledNotificationRepository notifications;
    @Inject
    Recipients recipients;
    @Inject
    ActivityLog activity;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction, with the check's row locked; settles it either way. */
    public Uni<Void> evaluate(ScheduledNotification check) {
        return contacts.findForUpdate(check.workspaceId, check.contactId).chain(contact -> {
            Instant now = clock.instant();
            if (contact == null) {
                check.settle(NotificationStatus.SKIPPED, "The contact is no longer known (merged or deleted).", now);
                return Uni.createFrom().voidItem();
            }
            Instant qualifiedAt = Instant.parse(check.payloadValue(LeadAlerts.QUALIFIED_AT));
            if (since(contact.lastSetterActionAt, qualifiedAt)) {
                check.settle(NotificationStatus.SKIPPED, "A setter acted at " + contact.lastSetterActionAt + ".", now);
                return Uni.createFrom().voidItem();
            }
            if (since(contact.bookedAt, qualifiedAt)) {
                check.settle(NotificationStatus.SKIPPED, "The lead booked a call at " + contact.bookedAt + ".", now);
                return Uni.createFrom().voidItem();
            }
            return breach(check, contact, qualifiedAt);
        });
    }

    private Uni<Void> breach(ScheduledNotification check, KnownContact contact, Instant qualifiedAt) {
        int slaMinutes = Integer.parseInt(check.payloadValue(LeadAlerts.SLA_MINUTES));
        var breached = new LeadSlaBreached(contact.id, contact.setterOwnerId, qualifiedAt, slaMinutes);
        return outbox.append(EventType.LEAD_SLA_BREACHED, check.workspaceId, contact.id, breached)
                .chain(() -> recipients.managers(check.workspaceId))
                .chain(managers -> notifications.persist(alerts(check, managers)).replaceWith(managers.size()))
                .call(() -> activity.record(check.workspaceId, contact.id, clock.instant(),
                        "No setter action within " + slaMinutes + " minutes of qualifying"))
                .invoke(alerted -> check.settle(NotificationStatus.SENT, "No setter action within " + slaMinutes
                        + " minutes: lead.sla-breached.v1 raised, " + alerted + " managers alerted.", clock.instant()))
                .replaceWithVoid();
    }

    private List<ScheduledNotification> alerts(ScheduledNotification check, List<KnownUser> managers) {
        Instant now = clock.instant();
        return managers.stream().map(manager -> {
            ScheduledNotification alert = ScheduledNotification.planned(check.workspaceId, NotificationKind.SLA_ALERT,
                    Channel.EMAIL, manager.email, now, now);
            alert.contactId = check.contactId;
            alert.contactEmail = check.contactEmail;
            alert.payload.putAll(check.payload);
            alert.payload.put(LeadAlerts.RECIPIENT_USER, manager.id.toString());
            return alert;
        }).toList();
    }

    private static boolean since(Instant at, Instant qualifiedAt) {
        return at != null && !at.isBefore(qualifiedAt);
    }
}
