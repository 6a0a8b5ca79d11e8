package io.handoff.notifications.schedule;

import java.time.Instant;
import java.util.UUID;

/** A planned message as the reminder list shows it; statusReason says why it was skipped or cancelled. */
public record ReminderView(UUID id, NotificationKind kind, Channel channel, String recipient, UUID callId,
                           UUID contactId, Instant dueAt, NotificationStatus status, String statusReason,
                           int attempts, String lastError, Instant sentAt, Instant createdAt) {

    public static ReminderView of(ScheduledNotification n) {
        return new ReminderView(n.id, n.kind, n.channel, n.recipient, n.callId, n.contactId, n.dueAt, n.status,
                n.statusReason, n.attemptCount, n.lastError, n.sentAt, n.createdAt);
    }
}
