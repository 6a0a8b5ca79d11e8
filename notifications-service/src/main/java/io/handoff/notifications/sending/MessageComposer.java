package io.handoff.notifications.sending;

import io.handoff.directory.Directory;
import io.handoff.directory.KnownUser;
import io.handoff.directory.KnownWorkspace;
import io.handoff.notifications.alert.LeadAlerts;
import io.handoff.notifications.call.CallProjection;
import io.handoff.notifications.call.KnownCall;
import io.handoff.notifications.contact.ActivityLog;
import io.handoff.notifications.contact.ContactActivity;
import io.handoff.notifications.contact.HandoffNote;
import io.handoff.notifications.contact.KnownContactRepository;
import io.handoff.notifications.message.AlertMessages;
import io.handoff.notifications.message.CallTime;
import io.handoff.notifications.message.HandoffBrief;
import io.handoff.notifications.message.InviteeMessages;
import io.handoff.notifications.schedule.NotificationKind;
import io.handoff.notifications.schedule.NotificationStatus;
import io.handoff.notifications.schedule.ReminderPlanner;
import io.handoff.notifications.schedule.ScheduledNotification;
import io.handoff.notifications.schedule.ScheduledNotificationRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes a due notification from what is known when it is sent (the call's current time and host, the
 * latest notes and outcome), or says why it is no longer worth sending.
 */
@ApplicationScoped
public class MessageComposer {

    static final int JOURNEY_LINES = 10;

    @Inject
    ScheduledNotificationRepository notifications;
    @Inject
    CallProjection calls;
    @Inject
    KnownContactRepository contacts;
    @Inject
    ActivityLog activity;
    @Inject
    Directory directory;
    @Inject
    Clock clock;

    public Uni<Composition> compose(NotificationJob job) {
        return Panache.withSession(() -> notifications.findById(job.id()).chain(n -> {
            if (n == null || n.status != NotificationStatus.PENDING || !job.leaseId().equals(n.leaseId)) {
                return Uni.createFrom().item(Composition.nothing());
            }
            return directory.findWorkspace(n.workspaceId).chain(workspace -> switch (n.kind) {
                case CONFIRMATION, REMINDER_24H, REMINDER_1H -> toInvitee(n, workspace);
                case HANDOFF_BRIEF -> brief(n, workspace);
                case QUALIFIED_ALERT, SLA_ALERT -> alert(n, workspace);
                case SLA_CHECK -> Uni.createFrom().item(Composition.nothing());
            });
        }));
    }

    private Uni<Composition> toInvitee(ScheduledNotification n, KnownWorkspace workspace) {
        return callAhead(n).chain(call -> {
            if (call == null) {
                return Uni.createFrom().item(Composition.skip(notAhead(n)));
            }
            return contactIdOf(n, call).map(contactId -> Composition.send(InviteeMessages.write(n.kind,
                    "true".equals(n.payloadValue(ReminderPlanner.RESCHEDULED)), n.channel, n.recipient, call,
                    CallTime.zone(call.inviteeTimeZone, zoneOf(workspace)), contactId)));
        });
    }

    private Uni<Composition> brief(ScheduledNotification n, KnownWorkspace workspace) {
        return callAhead(n).chain(call -> call == null ? Uni.createFrom().item(Composition.skip(notAhead(n)))
                : briefFacts(n, call, workspace)
                        .map(facts -> Composition.send(HandoffBrief.write(n.recipient, facts))));
    }

    private Uni<HandoffBrief.Facts> briefFacts(ScheduledNotification n, KnownCall call, KnownWorkspace workspace) {
        UUID contactId = n.contactId != null ? n.contactId : call.contactId;
        return directory.findUser(n.workspaceId, call.hostId).chain(host -> handoffNote(call)
                .chain(note -> contacts.findByIdOrEmail(n.workspaceId, contactId, call.inviteeEmail)
                        .chain(contact -> (contact == null ? Uni.createFrom().item(List.<ContactActivity>of())
                                : activity.latest(n.workspaceId, contact.id, JOURNEY_LINES))
                                .map(journey -> new HandoffBrief.Facts(call, contact, note, journey,
                                        host == null ? null : host.name,
                                        CallTime.zone(host == null ? null : host.timeZone, zoneOf(workspace)))))));
    }

    private static Uni<HandoffNote> handoffNote(KnownCall call) {
        return call.approvalId == null ? Uni.createFrom().nullItem()
                : HandoffNote.<HandoffNote>find("workspaceId = ?1 and approvalId = ?2", call.workspaceId,
                call.approvalId).firstResult();
    }

    private Uni<Composition> alert(ScheduledNotification n, KnownWorkspace workspace) {
        Instant qualifiedAt = Instant.parse(n.payloadValue(LeadAlerts.QUALIFIED_AT));
        int slaMinutes = Integer.parseInt(n.payloadValue(LeadAlerts.SLA_MINUTES));
        String recipientId = n.payloadValue(LeadAlerts.RECIPIENT_USER);
        Uni<KnownUser> recipient = recipientId == null ? Uni.createFrom().nullItem()
                : directory.findUser(n.workspaceId, UUID.fromString(recipientId));
        return contacts.findInWorkspace(n.workspaceId, n.contactId).chain(contact -> recipient.chain(user -> {
            if (contact == null) {
                return Uni.createFrom().item(Composition.skip("The contact is no longer known (merged or deleted)."));
            }
            String name = user == null ? "there" : user.name;
            var zone = CallTime.zone(user == null ? null : user.timeZone, zoneOf(workspace));
            if (n.kind == NotificationKind.QUALIFIED_ALERT) {
                boolean owner = user != null && user.id.equals(contact.setterOwnerId);
                return Uni.createFrom().item(Composition.send(AlertMessages.qualified(n.recipient, name, owner,
                        contact, qualifiedAt, slaMinutes, zone)));
            }
            Uni<String> ownerName = contact.setterOwnerId == null ? Uni.createFrom().nullItem()
                    : activity.nameOf(n.workspaceId, contact.setterOwnerId);
            return ownerName.map(owner -> Composition.send(AlertMessages.slaMissed(n.recipient, name, contact, owner,
                    qualifiedAt, slaMinutes, zone)));
        }));
    }

    /** The call when it is still booked and ahead; null otherwise. */
    private Uni<KnownCall> callAhead(ScheduledNotification n) {
        Instant now = clock.instant();
        return calls.find(n.workspaceId, n.callId).map(call -> call != null && call.isAheadAt(now) ? call : null);
    }

    private static String notAhead(ScheduledNotification n) {
        return "The call was cancelled, is unknown, or had started when this " + n.kind + " fell due.";
    }

    /** The contact named by the booking, or found by the invitee's email (public bookings name none). */
    private Uni<UUID> contactIdOf(ScheduledNotification n, KnownCall call) {
        if (n.contactId != null || call.contactId != null) {
            return Uni.createFrom().item(n.contactId != null ? n.contactId : call.contactId);
        }
        return contacts.findByEmail(n.workspaceId, call.inviteeEmail).map(c -> c == null ? null : c.id);
    }

    private static String zoneOf(KnownWorkspace workspace) {
        return workspace == null ? null : workspace.timeZone;
    }
}
