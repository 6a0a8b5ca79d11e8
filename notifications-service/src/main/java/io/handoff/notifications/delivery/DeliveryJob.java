package io.handoff.notifications.delivery;

import java.util.List;
import java.util.UUID;

/**
 * What the worker needs to send one claimed delivery, read when it was claimed: the lease proves on
 * recording that nobody replayed or re-claimed it meanwhile.
 */
public record DeliveryJob(UUID deliveryId, UUID workspaceId, UUID endpointId, UUID leaseId, String url,
                          List<String> secrets, String webhookId, String body) {
}
