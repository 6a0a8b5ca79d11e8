package io.handoff.events.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of notification.sent.v1, so the contact's journey shows what was sent: channel EMAIL or SMS, kind
 * CONFIRMATION, REMINDER_24H, REMINDER_1H, HANDOFF_BRIEF, QUALIFIED_ALERT or SLA_ALERT.
 */
public record NotificationSent(UUID notificationId, UUID contactId, UUID callId, String channel, String kind,
                               String recipient, Instant sentAt) {
}
