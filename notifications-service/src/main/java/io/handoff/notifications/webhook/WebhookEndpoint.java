package io.handoff.notifications.webhook;

import io.handoff.platform.json.JsonList;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A URL of the workspace that receives the event types it subscribes to, signed with its secret. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String url;
    public String description;
    /** Exact names or families such as call.*; empty means every subscribable type. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types")
    public JsonList<String> eventTypes = JsonList.empty();
    public boolean enabled;
    @Column(name = "disabled_reason")
    public String disabledReason;
    /** When the current run of failed attempts began; null while the last attempt succeeded. */
    @Column(name = "failing_since")
    public Instant failingSince;
    public String secret;
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    /** Keeps the failure streak: any 2xx ends it, the first failure after a success starts it. */
    public void noteAttempt(boolean delivered, Instant attemptedAt) {
        if (delivered) {
            failingSince = null;
        } else if (failingSince == null) {
            failingSince = attemptedAt;
        }
    }

    /** Whether every attempt has failed for at least this long. */
    public boolean failingFor(Duration period, Instant now) {
        return failingSince != null && !failingSince.plus(period).isAfter(now);
    }

    public boolean subscribesTo(String webhookType) {
        return SubscribableEvents.covers(eventTypes.items(), webhookType);
    }

    /** The secrets that sign a delivery at this instant: the current one, then the previous until it expires. */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }
}
