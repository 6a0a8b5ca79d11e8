package io.handoff.notifications.delivery;

import io.handoff.events.CloudEvent;
import io.handoff.notifications.webhook.SubscribableEvents;
import io.handoff.notifications.webhook.WebhookEndpoint;
import io.handoff.notifications.webhook.WebhookEndpointRepository;
import io.handoff.platform.paging.Page;
import io.handoff.platform.paging.PageRequest;
import io.handoff.platform.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Plans a delivery per subscribed endpoint for each consumed event, shows the delivery log, and replays. */
@ApplicationScoped
public class DeliveryService {

    @Inject
    DeliveryRepository deliveries;
    @Inject
    DeliveryAttemptRepository attempts;
    @Inject
    WebhookEndpointRepository endpoints;
    @Inject
    Clock clock;

    /**
     * Runs inside the consumer's transaction, with the inbox record: a redelivered event plans nothing twice.
     * Each delivery is due at once; the worker sends it.
     */
    public Uni<Void> planDeliveries(CloudEvent event) {
        String type = SubscribableEvents.webhookType(event.type());
        if (event.workspaceId() == null || !SubscribableEvents.isSubscribable(type)) {
            return Uni.createFrom().voidItem();
        }
        return endpoints.listEnabled(event.workspaceId()).chain(candidates -> {
            List<WebhookEndpoint> subscribed = candidates.stream().filter(e -> e.subscribesTo(type)).toList();
            if (subscribed.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Instant now = clock.instant();
            String payload = WebhookPayload.of(type, event, now);
            List<WebhookDelivery> planned = subscribed.stream().map(endpoint -> {
                WebhookDelivery d = new WebhookDelivery();
                d.id = UUID.randomUUID();
                d.workspaceId = endpoint.workspaceId;
                d.endpointId = endpoint.id;
                d.eventId = event.id();
                d.eventType = type;
                d.payload = payload;
                d.status = DeliveryStatus.PENDING;
                d.nextAttemptAt = now;
                d.createdAt = now;
                d.updatedAt = now;
                return d;
            }).toList();
            return deliveries.persist(planned);
        });
    }

    public Uni<Page<DeliveryView>> listDeliveries(WebhookEndpoint endpoint, DeliveryStatus status, PageRequest page) {
        return deliveries.listPage(endpoint.id, status, page).chain(rows -> withAttempts(endpoint.workspaceId, rows)
                .map(views -> Page.of(rows, page, d -> d.createdAt, d -> d.id, d -> views.get(d.id))));
    }

    public Uni<DeliveryView> findDelivery(UUID workspaceId, UUID id) {
        return deliveries.findInWorkspace(workspaceId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("Delivery", id))
                .chain(d -> withAttempts(workspaceId, List.of(d)).map(views -> views.get(d.id)));
    }

    /** Runs inside the caller's transaction: the delivery is due now, whatever its state, with the same webhook-id. */
    public Uni<DeliveryView> replayDelivery(UUID workspaceId, UUID id) {
        return deliveries.findForUpdate(workspaceId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("Delivery", id))
                .invoke(d -> d.requeue(clock.instant()))
                .chain(d -> withAttempts(workspaceId, List.of(d)).map(views -> views.get(d.id)));
    }

    /** Runs inside the caller's transaction. */
    public Uni<Integer> replayFailedSince(WebhookEndpoint endpoint, Instant since) {
        return deliveries.listFailedSince(endpoint.id, since).map(failed -> {
            Instant now = clock.instant();
            failed.forEach(d -> d.requeue(now));
            return failed.size();
        });
    }

    private Uni<Map<UUID, DeliveryView>> withAttempts(UUID workspaceId, List<WebhookDelivery> rows) {
        List<UUID> ids = rows.stream().map(d -> d.id).toList();
        return attempts.listFor(workspaceId, ids).map(all -> {
            Map<UUID, List<DeliveryAttempt>> byDelivery = all.stream()
                    .collect(Collectors.groupingBy(a -> a.deliveryId));
            return rows.stream().collect(Collectors.toMap(d -> d.id,
                    d -> DeliveryView.of(d, byDelivery.getOrDefault(d.id, List.of()))));
        });
    }
}
