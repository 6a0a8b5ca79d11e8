package io.handoff.notifications.delivery;

import io.handoff.notifications.webhook.WebhookEndpoint;
import io.handoff.notifications.webhook.WebhookEndpointRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Claims due deliveries for this replica: locks them with SKIP LOCKED and leases them (their next attempt
 * moves past the lease), so no other replica sends them while this one does, and a crashed replica's
 * deliveries become due again when the lease ends.
 */
@ApplicationScoped
public class DeliveryClaims {

    @Inject
    DeliveryRepository deliveries;
    @Inject
    WebhookEndpointRepository endpoints;
    @Inject
    Clock clock;
    @ConfigProperty(name = "handoff.webhooks.lease", defaultValue = "2m")
    Duration lease;

    /** At most {@code limit} jobs, and per endpoint no more than {@code perEndpoint} less what it has in flight. */
    public Uni<List<DeliveryJob>> claim(Map<UUID, Integer> busyPerEndpoint, int perEndpoint, int limit) {
        return Panache.withTransaction(() -> {
            Instant now = clock.instant();
            return deliveries.lockDue(now, toJson(busyPerEndpoint), perEndpoint, limit).chain(due -> {
                if (due.isEmpty()) {
                    return Uni.createFrom().item(List.<DeliveryJob>of());
                }
                List<UUID> endpointIds = due.stream().map(d -> d.endpointId).distinct().toList();
                return endpoints.findByIds(endpointIds).map(found -> {
                    Map<UUID, WebhookEndpoint> byId = found.stream()
                            .collect(Collectors.toMap(e -> e.id, Function.identity()));
                    return due.stream().map(d -> lease(d, byId.get(d.endpointId), now)).toList();
                });
            });
        });
    }

    /** When the next delivery comes due that no commit will announce (a retry's backoff, a lease's end). */
    public Uni<Optional<Instant>> nextDue() {
        return Panache.withSession(() -> deliveries.nextDueAfter(clock.instant())).map(Optional::ofNullable);
    }

    private DeliveryJob lease(WebhookDelivery d, WebhookEndpoint endpoint, Instant now) {
        d.leaseId = UUID.randomUUID();
        d.nextAttemptAt = now.plus(lease);
        d.updatedAt = now;
        return new DeliveryJob(d.id, d.workspaceId, d.endpointId, d.leaseId, endpoint.url,
                endpoint.signingSecrets(now), d.webhookId(), d.payload);
    }

    private static String toJson(Map<UUID, Integer> busy) {
        return busy.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
