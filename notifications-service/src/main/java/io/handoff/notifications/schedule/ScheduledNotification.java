package io.handoff.notifications.schedule;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One message planned for one recipient on one channel (or a speed-to-lead check), due at a moment. Its text
 * is written when it is sent, from what is known then. Rows are locked (never versioned) when changed.
 */
@Entity
@Table(name = "scheduled_notification")
public class ScheduledNotification extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String recipient;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "contact_email")
    public String contactEmail;
    /** Kind-specific facts as text: recipientUserId, qualifiedAt, slaMinutes, rescheduled. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> payload = new HashMap<>();
    @Column(name = "due_at")
    public Instant dueAt;
    @Enumerated(EnumType.STRING)
    public NotificationStatus status;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "attempt_count")
    public int attemptCount;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "lease_id")
    public UUID leaseId;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A pending notification, due at {@code dueAt}. */
    public static ScheduledNotification planned(UUID workspaceId, NotificationKind kind, Channel channel,
                                                String recipient, Instant dueAt, Instant now) {
        ScheduledNotification n = new ScheduledNotification();
        n.id = UUID.randomUUID();
        n.workspaceId = workspaceId;
        n.kind = kind;
        n.channel = channel;
        n.recipient = recipient;
        n.dueAt = dueAt;
        n.status = NotificationStatus.PENDING;
        n.nextAttemptAt = dueAt;
        n.createdAt = now;
        n.updatedAt = now;
        return n;
    }

    /** Kept with its reason so that the reminder list shows why nothing was sent. */
    public void settle(NotificationStatus outcome, String reason, Instant now) {
        status = outcome;
        statusReason = reason;
        nextAttemptAt = null;
        leaseId = null;
        updatedAt = now;
    }

    public String payloadValue(String key) {
        return payload == null ? null : payload.get(key);
    }
}
