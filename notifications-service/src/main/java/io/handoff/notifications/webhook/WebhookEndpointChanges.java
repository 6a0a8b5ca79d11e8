package io.handoff.notifications.webhook;

import jakarta.validation.constraints.Size;

import java.util.List;

/** A partial update of an endpoint; enabling it again clears why it was disabled. */
public record WebhookEndpointChanges(
        @Size(min = 1, max = 2048) String url,
        List<String> eventTypes,
        @Size(max = 500) String description,
        Boolean enabled) {
}
