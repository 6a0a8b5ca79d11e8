package io.handoff.notifications.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** An endpoint to register: eventTypes lists exact types or families like call.* (empty or absent: all). */
public record NewWebhookEndpoint(
        @NotBlank @Size(max = 2048) String url,
        List<String> eventTypes,
        @Size(max = 500) String description,
        Boolean enabled) {
}
