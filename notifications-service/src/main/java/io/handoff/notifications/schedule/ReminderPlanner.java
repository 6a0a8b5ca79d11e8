package io.handoff.notifications.schedule;

import io.handoff.notifications.call.KnownCall;
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
 * Plans what a booked call sends: the invitee's confirmation at once and reminders 24 h and 1 h before (by
 * email, and by SMS with a phone number), and for a strategy call the closer's handoff brief 24 h before. A
 * reminder already due at booking is kept as SKIPPED with the reason; a reschedule cancels what is pending
 * and plans anew, a cancellation only cancels. Runs inside the consumer's transaction.
 */
@ApplicationScoped
public class ReminderPlanner {

    static final Duration DAY_BEFORE = Duration.ofHours(24);
    static final Duration HOUR_BEFORE = Duration.ofHours(1);
    public static final String RESCHEDULED = "rescheduled";

    @Inject
    ScheduledNotificationRepository notifications;
    @Inject
    Clock clock;

    public Uni<Void> planBooked(KnownCall call) {
        return notifications.persist(plan(call, false));
    }

    public Uni<Void> replan(KnownCall call) {
        return cancelPending(call.workspaceId, call.id, "The call was rescheduled to " + call.startAt + ".")
                .chain(() -> notifications.persist(plan(call, true)));
    }

    public Uni<Void> cancelPending(UUID workspaceId, UUID callId, String reason) {
        Instant now = clock.instant();
        return notifications.lockPendingForCall(workspaceId, callId)
                .invoke(pending -> pending.forEach(n -> n.settle(NotificationStatus.CANCELLED, reason, now)))
                .replaceWithVoid();
    }

    private List<ScheduledNotification> plan(KnownCall call, boolean rescheduled) {
        Instant now = clock.instant();
        String when = rescheduled ? "rescheduled" : "booked";
        List<ScheduledNotification> planned = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            String address = channel == Channel.EMAIL ? call.inviteeEmail : call.inviteePhone;
            if (address == null || address.isBlank()) {
                continue;
            }
            ScheduledNotification confirmation = row(call, NotificationKind.CONFIRMATION, channel, address, now, now);
            if (rescheduled) {
                confirmation.payload.put(RESCHEDULED, "true");
            }
            planned.add(confirmation);
            planned.add(row(call, NotificationKind.REMINDER_24H, channel, address,
                    call.startAt.minus(DAY_BEFORE), now));
            planned.add(row(call, NotificationKind.REMINDER_1H, channel, address,
                    call.startAt.minus(HOUR_BEFORE), now));
        }
        if (call.isStrategy() && call.hostEmail != null) {
            // The closer needs the brief before the call even when it was booked less than a day ahead.
            Instant due = call.startAt.minus(DAY_BEFORE);
            planned.add(row(call, NotificationKind.HANDOFF_BRIEF, Channel.EMAIL, call.hostEmail,
                    due.isBefore(now) ? now : due, now));
        }
        for (ScheduledNotification n : planned) {
            if (!call.isAheadAt(now)) {
                n.settle(NotificationStatus.SKIPPED, "The call had already started when it was " + when + ".", now);
            } else if (n.dueAt.isBefore(now)) {
                n.settle(NotificationStatus.SKIPPED, "Due at " + n.dueAt + ", already past when the call was "
                        + when + ".", now);
            }
        }
        return planned;
    }

    private static ScheduledNotification row(KnownCall call, NotificationKind kind, Channel channel, String address,
                                             Instant dueAt, Instant now) {
        ScheduledNotification n = ScheduledNotification.planned(call.workspaceId, kind, channel, address, dueAt, now);
        n.callId = call.id;
        n.contactId = call.contactId;
        n.contactEmail = call.inviteeEmail;
        return n;
    }
}
