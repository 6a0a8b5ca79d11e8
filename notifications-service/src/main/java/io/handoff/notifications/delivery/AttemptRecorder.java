package io.handoff.notifications.delivery;

import io.handoff.events.EventType;
import io.handoff.events.notifications.WebhookDeliveryFailed;
import io.handoff.notifications.webhook.WebhookEndpoint;
import io.handoff.notifications.webhook.WebhookEndpointRepository;
import io.handoff.platform.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Logs an attempt and decides what follows: delivered, another try later, or failure (announced as
 * webhook.delivery-failed.v1 through the outbox). 410 Gone disables the endpoint, and so does a failure
 * when every attempt to the endpoint has failed for five days.
 */
@ApplicationScoped
public class AttemptRecorder {

    /** How long an endpoint may fail without a single success before it is disabled. */
    static final Duration FAILING_LIMIT = Duration.ofDays(5);

    @ConfigProperty(name = "handoff.webhooks.retry-delays", defaultValue = "5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays;

    private RetrySchedule schedule;

    @Inject
    DeliveryRepository deliveries;
    @Inject
    DeliveryAttemptRepository attempts;
    @Inject
    WebhookEndpointRepository endpoints;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    @PostConstruct
    void buildSchedule() {
        schedule = new RetrySchedule(retryDelays, () -> ThreadLocalRandom.current().nextDouble());
    }

    public Uni<Void> record(DeliveryJob job, AttemptResult result) {
        // The endpoint (its failure streak) is locked before the delivery, in the order deleting an endpoint
        // takes them.
        return Panache.withTransaction(() -> endpoints.findById(job.endpointId(), LockModeType.PESSIMISTIC_WRITE)
                .chain(endpoint -> deliveries.findById(job.deliveryId(), LockModeType.PESSIMISTIC_WRITE)
                        .chain(delivery -> delivery == null ? Uni.createFrom().voidItem()
                                : apply(delivery, endpoint, job, result))));
    }

    private Uni<Void> apply(WebhookDelivery d, WebhookEndpoint endpoint, DeliveryJob job, AttemptResult result) {
        Instant now = clock.instant();
        d.attemptCount++;
        d.lastStatus = result.status();
        d.lastAttemptAt = result.attemptedAt();
        d.updatedAt = now;
        Uni<Void> logged = attempts.persist(attempt(d, result)).replaceWithVoid();
        if (endpoint != null) {
            endpoint.noteAttempt(result.delivered(), result.attemptedAt());
        }
        if (!job.leaseId().equals(d.leaseId)) {
            return logged; // replayed while in flight: the replay decides what happens next
        }
        d.leaseId = null;
        if (result.delivered()) {
            d.status = DeliveryStatus.DELIVERED;
            d.deliveredAt = now;
            d.nextAttemptAt = null;
            return logged;
        }
        if (result.gone()) {
            if (endpoint != null) {
                disable(endpoint, "The receiver answered 410 Gone at " + result.attemptedAt() + ".", now);
            }
            return logged.chain(() -> fail(d, endpoint != null));
        }
        if (endpoint != null && endpoint.enabled && endpoint.failingFor(FAILING_LIMIT, now)) {
            disable(endpoint, "Every attempt since " + endpoint.failingSince + " failed (5 days).", now);
            return logged.chain(() -> fail(d, true));
        }
        if (result.retryable()) {
            d.failedInRound++;
            var delay = schedule.delayAfter(d.failedInRound, result.retryAfter());
            if (delay.isPresent()) {
                d.nextAttemptAt = now.plus(delay.get());
                return logged;
            }
        }
        return logged.chain(() -> fail(d, false));
    }

    private static void disable(WebhookEndpoint endpoint, String reason, Instant now) {
        endpoint.enabled = false;
        endpoint.disabledReason = reason;
        endpoint.updatedAt = now;
    }

    private Uni<Void> fail(WebhookDelivery d, boolean endpointDisabled) {
        d.status = DeliveryStatus.FAILED;
        d.nextAttemptAt = null;
        var failed = new WebhookDeliveryFailed(d.endpointId, d.id, d.eventId, d.eventType, d.attemptCount,
                d.lastStatus, endpointDisabled);
        return outbox.append(EventType.WEBHOOK_DELIVERY_FAILED, d.workspaceId, d.endpointId, failed).replaceWithVoid();
    }

    private static DeliveryAttempt attempt(WebhookDelivery d, AttemptResult result) {
        DeliveryAttempt a = new DeliveryAttempt();
        a.id = UUID.randomUUID();
        a.deliveryId = d.id;
        a.workspaceId = d.workspaceId;
        a.attemptedAt = result.attemptedAt();
        a.httpStatus = result.status();
        a.latencyMs = result.latencyMs();
        a.responseExcerpt = result.responseExcerpt();
        a.error = result.error();
        return a;
    }
}
