package io.handoff.notifications.delivery;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A delivery with its body and every attempt; webhookId is the header value receivers deduplicate on. */
public record DeliveryView(UUID id, UUID endpointId, String eventId, String eventType, String webhookId,
                           DeliveryStatus status, int attemptCount, Instant nextAttemptAt, Integer lastStatus,
                           Instant lastAttemptAt, Instant deliveredAt, Instant createdAt, JsonNode payload,
                           List<AttemptView> attempts) {

    public static DeliveryView of(WebhookDelivery d, List<DeliveryAttempt> attempts) {
        return new DeliveryView(d.id, d.endpointId, d.eventId, d.eventType, d.webhookId(), d.status, d.attemptCount,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.lastStatus, d.lastAttemptAt,
                d.deliveredAt, d.createdAt, WebhookPayload.parse(d.payload),
                attempts.stream().map(AttemptView::of).toList());
    }
}
