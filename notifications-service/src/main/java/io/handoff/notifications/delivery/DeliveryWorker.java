package io.handoff.notifications.delivery;

import io.handoff.notifications.worker.DuplicatedContexts;
import io.handoff.platform.signal.DatabaseSignals;
import io.handoff.platform.signal.WakeUpTimer;
import io.handoff.platform.signal.WakeableTask;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Sends due deliveries as soon as a commit plans them (a database signal) or re-enables their endpoint, a retry
 * when its backoff ends and a crashed replica's when its lease does (a timer set to the next due delivery), and on
 * a slow sweep what a lost signal left. Each claimed delivery is sent on its own, concurrently up to a bound
 * per replica and per endpoint, so one slow receiver never holds up the others; a finished send looks for more.
 */
@ApplicationScoped
public class DeliveryWorker {

    static final String SIGNAL = "handoff_webhook_delivery";

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    Vertx vertx;
    @Inject
    DeliveryClaims claims;
    @Inject
    WebhookSender sender;
    @Inject
    AttemptRecorder recorder;
    @Inject
    DatabaseSignals signals;
    @Inject
    Clock clock;
    @ConfigProperty(name = "handoff.webhooks.sweep-interval", defaultValue = "30s")
    Duration sweepInterval;
    @ConfigProperty(name = "handoff.webhooks.max-in-flight", defaultValue = "32")
    int maxInFlight;
    @ConfigProperty(name = "handoff.webhooks.max-in-flight-per-endpoint", defaultValue = "4")
    int maxPerEndpoint;

    private final WakeableTask claiming = new WakeableTask("Webhook worker", this::claimAndSend,
            delay -> this.timer.wakeIn(delay));
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<UUID, Integer> inFlightPerEndpoint = new ConcurrentHashMap<>();
    private WakeUpTimer timer;

    void start(@Observes StartupEvent startup) {
        timer = new WakeUpTimer(vertx, clock, claiming::wake);
        timer.sweepEvery(sweepInterval);
        signals.onSignal(SIGNAL, claiming::wake);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (timer != null) {
            timer.stop();
        }
    }

    /**
     * One round: claims what this replica has room for and sends it; more may be due if the room was filled. A
     * round that finds nothing due sets the timer to the next delivery due later: every send in flight wakes the
     * worker when it ends, so only the empty round needs to look ahead.
     */
    private Uni<Boolean> claimAndSend() {
        int free = maxInFlight - inFlight.get();
        if (free <= 0) {
            return Uni.createFrom().item(false);
        }
        return onNewContext(() -> claims.claim(busyEndpoints(), maxPerEndpoint, free)).chain(jobs -> {
            jobs.forEach(this::dispatch);
            if (!jobs.isEmpty()) {
                return Uni.createFrom().item(jobs.size() == free);
            }
            return onNewContext(claims::nextDue).invoke(next -> next.ifPresent(timer::wakeAt)).replaceWith(false);
        });
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

    /** Room for one more send: its endpoint's other due deliveries, or any other, may now be claimed. */
    private void release(DeliveryJob job) {
        inFlight.decrementAndGet();
        inFlightPerEndpoint.computeIfPresent(job.endpointId(), (id, count) -> count <= 1 ? null : count - 1);
        claiming.wake();
    }

    private Map<UUID, Integer> busyEndpoints() {
        return new HashMap<>(inFlightPerEndpoint);
    }

    private <T> Uni<T> onNewContext(Supplier<Uni<T>> work) {
        return DuplicatedContexts.run(vertx, work);
    }
}
