package io.handoff.events.notifications;

import java.util.UUID;

/** Data of webhook.delivery-failed.v1: a delivery gave up; endpointDisabled when the endpoint was turned off. */
public record WebhookDeliveryFailed(UUID endpointId, UUID deliveryId, String eventId, String eventType,
                                    int attempts, Integer lastStatus, boolean endpointDisabled) {
}
