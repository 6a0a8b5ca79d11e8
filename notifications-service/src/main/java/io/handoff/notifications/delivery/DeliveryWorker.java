package io.handoff.notifications.delivery;

import io.handoff.notifications.worker.DuplicatedContexts;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Sends due deliveries on a Vert.x timer (the Quarkus scheduler cannot run more than once a second). Each
 * claimed delivery is sent on its own, concurrently up to a bound per replica and per endpoint, so one
 * slow receiver never holds up the others.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    Vertx vertx;
    @Inject
    DeliveryClaims claims;
    @Inject
    WebhookSender sender;
    @Inject
    AttemptRecorder recorder;
    @ConfigProperty(name = "handoff.webhooks.poll-interval", defaultValue = "250ms")
    Duration pollInterval;
    @ConfigProperty(name = "handoff.webhooks.max-in-flight", defaultValue = "32")
    int maxInFlight;
    @ConfigProperty(name = "handoff.webhooks.max-in-flight-per-endpoint", defaultValue = "4")
    int maxPerEndpoint;

    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<UUID, Integer> inFlightPerEndpoint = new ConcurrentHashMap<>();
    private long timer = -1;

    void start(@Observes StartupEvent startup) {
        timer = vertx.setPeriodic(1000, pollInterval.toMillis(), tick -> poll());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    void poll() {
        int free = maxInFlight - inFlight.get();
        if (free <= 0 || !claiming.compareAndSet(false, true)) {
            return;
        }
        onNewContext(() -> claims.claim(busyEndpoints(), maxPerEndpoint, free))
                .onTermination().invoke(() -> claiming.set(false))
                .subscribe().with(jobs -> jobs.forEach(this::dispatch),
                        failure -> LOG.warnf("Webhook worker could not claim deliveries: %s", failure.toString()));
    }

    /** Sends without waiting: the attempt is recorded whenever the receiver answers or the timeout strikes. */
    private void dispatch(DeliveryJob job) {
        inFlight.incrementAndGet();
        inFlightPerEndpoint.merge(job.endpointId(), 1, Integer::sum);
        sender.send(job)
                .chain(result -> onNewContext(() -> recorder.record(job, result))
                        .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(5))
                .onTermination().invoke(() -> release(job))
                .subscribe().with(done -> { }, failure -> LOG.warnf(
                        "Attempt of delivery %s not recorded; it is sent again when its lease ends: %s",
                        job.deliveryId(), failure.toString()));
    }

    private void release(DeliveryJob job) {
        inFlight.decrementAndGet();
        inFlightPerEndpoint.computeIfPresent(job.endpointId(), (id, count) -> count <= 1 ? null : count - 1);
    }

    private Map<UUID, Integer> busyEndpoints() {
        return new HashMap<>(inFlightPerEndpoint);
    }

    private <T> Uni<T> onNewContext(Supplier<Uni<T>> work) {
        return DuplicatedContexts.run(vertx, work);
    }
}
