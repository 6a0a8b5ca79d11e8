package io.handoff.notifications.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One try to send a delivery: when, the HTTP status (none on a timeout or network error), how long it took. */
@Entity
@Table(name = "webhook_delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "delivery_id")
    public UUID deliveryId;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "attempted_at")
    public Instant attemptedAt;
    @Column(name = "http_status")
    public Integer httpStatus;
    @Column(name = "latency_ms")
    public long latencyMs;
    @Column(name = "response_excerpt")
    public String responseExcerpt;
    public String error;
}
