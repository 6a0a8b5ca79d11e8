package io.handoff.notifications.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One event on its way to one endpoint. Its id is the webhook-id header, the same on every attempt and
 * replay, so receivers can recognise a repeat. Rows are locked (never versioned) when changed.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "endpoint_id")
    public UUID endpointId;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    /** The exact JSON body that is signed and sent on every attempt. */
    public String payload;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    @Column(name = "attempt_count")
    public int attemptCount;
    @Column(name = "failed_in_round")
    public int failedInRound;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "lease_id")
    public UUID leaseId;
    @Column(name = "last_status")
    public Integer lastStatus;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Due now, with a fresh retry schedule; an attempt still in flight will no longer change the state. */
    public void requeue(Instant now) {
        status = DeliveryStatus.PENDING;
        failedInRound = 0;
        nextAttemptAt = now;
        leaseId = null;
        updatedAt = now;
    }

    public String webhookId() {
        return id.toString();
    }
}
