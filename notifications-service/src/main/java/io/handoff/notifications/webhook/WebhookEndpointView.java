package io.handoff.notifications.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An endpoint as the API shows it. The secret appears only in the answers to creation and rotation;
 * previousSecretExpiresAt says until when the secret before the last rotation still signs; failingSince
 * when its current run of failed attempts began (five days of it disable the endpoint).
 */
public record WebhookEndpointView(UUID id, String url, List<String> eventTypes, String description, boolean enabled,
                                  String disabledReason, Instant failingSince, Instant previousSecretExpiresAt,
                                  Instant createdAt, Instant updatedAt,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    public static WebhookEndpointView of(WebhookEndpoint e) {
        return new WebhookEndpointView(e.id, e.url, e.eventTypes.items(), e.description, e.enabled, e.disabledReason,
                e.failingSince, e.previousSecretExpiresAt, e.createdAt, e.updatedAt, null);
    }

    public static WebhookEndpointView withSecret(WebhookEndpoint e) {
        WebhookEndpointView v = of(e);
        return new WebhookEndpointView(v.id, v.url, v.eventTypes, v.description, v.enabled, v.disabledReason,
                v.failingSince, v.previousSecretExpiresAt, v.createdAt, v.updatedAt, e.secret);
    }
}
