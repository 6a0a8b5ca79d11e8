package io.handoff.platform.inbox;

import io.handoff.events.CloudEvent;
import io.handoff.platform.database.DatabaseBusy;
import io.handoff.platform.reactive.Sequence;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Applies consumed events exactly once. A batch is one transaction: one multi-row inbox insert tells which events
 * are new, and their effects run one after another in the records' order (per-key order holds, as a key's records
 * are on one partition). When the batch fails, its events are applied one at a time, each retried with backoff; one
 * that still fails is parked on the dead-letter topic, and the others go on. Nothing is given up while the database
 * is unreachable: when even parking fails, the event is tried again from the start; nor while it is busy (no
 * connection free, {@link DatabaseBusy}): the batch waits and is tried again whole, and no event's attempts are
 * spent on it, so a burst of requests never parks an event. Work the effects defer to the end of their batch
 * ({@link BatchScope}) runs once, last, in the same transaction.
 */
@ApplicationScoped
public class EventBatches {

    private static final Logger LOG = Logger.getLogger(EventBatches.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    /** Long enough for a burst of requests to be answered, short beside the lag a busy service has anyway. */
    private static final Duration BUSY_BACKOFF = Duration.ofMillis(500);

    @Inject
    Inbox inbox;
    @Inject
    DeadLetters deadLetters;
    @Inject
    BatchScope scope;

    /** Attempts of one event before it is parked: with the backoff, about half a minute of trying. */
    @ConfigProperty(name = "handoff.events.attempts", defaultValue = "8")
    int attempts;

    private final Counter applied;
    private final Counter parked;

    @Inject
    public EventBatches(MeterRegistry registry) {
        this.applied = Counter.builder("handoff.events.applied").description("Consumed events applied")
                .register(registry);
        this.parked = Counter.builder("handoff.events.dead-lettered")
                .description("Consumed events parked on the dead-letter topic").register(registry);
    }

    Uni<Void> apply(List<Delivery> deliveries, List<EventHandler> handlers) {
        List<Delivery> readable = deliveries.stream().filter(d -> d.event() != null).toList();
        Uni<Void> unreadable = Sequence.each(deliveries.stream().filter(d -> d.event() == null).toList(),
                d -> park(d, null, handlers));
        if (readable.isEmpty()) {
            return unreadable;
        }
        return unreadable.chain(() -> batch(readable, handlers));
    }

    private Uni<Void> batch(List<Delivery> readable, List<EventHandler> handlers) {
        return together(readable, handlers).onFailure().recoverWithUni(failure -> {
            if (DatabaseBusy.isBusy(failure)) {
                LOG.debugf("No database connection free for a batch of %d events; trying it again", readable.size());
                return later(BUSY_BACKOFF).chain(() -> batch(readable, handlers));
            }
            LOG.warnf("A batch of %d events failed (%s); applying them one at a time", readable.size(), failure);
            return Sequence.each(readable, d -> single(d, handlers, 1));
        });
    }

    private Uni<Void> together(List<Delivery> batch, List<EventHandler> handlers) {
        return Panache.withTransaction(() -> inbox.firstDeliveries(batch.stream().map(Delivery::inboxEntry).toList())
                        .chain(fresh -> scope.run(() -> Sequence.each(batch, d -> firstTime(fresh, d)
                                ? effects(d.event(), handlers).chain(EventBatches::flushAndForget)
                                : Uni.createFrom().voidItem()))))
                .invoke(() -> applied.increment(batch.size()));
    }

    /**
     * Writes one event's changes and empties the session before the next event. Hibernate checks every entity the
     * session holds for changes at each flush, so a session kept for a batch of a hundred events made the hundredth
     * flush read the fields of the ninety-nine events before it: the flushes of the contacts-service's batches
     * were its largest cost under load (Field.get and the dirty checks, about 30% of its samples). Each effect reads
     * what it needs itself, so nothing of an earlier event is missed.
     */
    private static Uni<Void> flushAndForget() {
        return Panache.getSession().chain(session -> session.flush().invoke(session::clear));
    }

    /** A batch may hold one event twice (a relay republishes after a crash): only its first copy has effects. */
    private static boolean firstTime(Set<String> fresh, Delivery delivery) {
        return fresh.remove(delivery.inboxEntry().key());
    }

    private static Uni<Void> effects(CloudEvent event, List<EventHandler> handlers) {
        return Sequence.each(handlers, h -> h.handles(event) ? h.apply(event) : Uni.createFrom().voidItem());
    }

    private Uni<Void> single(Delivery delivery, List<EventHandler> handlers, int attempt) {
        return together(List.of(delivery), handlers).onFailure().recoverWithUni(failure -> {
            if (DatabaseBusy.isBusy(failure)) {
                return later(BUSY_BACKOFF).chain(() -> single(delivery, handlers, attempt));
            }
            LOG.warnf("Attempt %d of %d at %s failed: %s", attempt, attempts, delivery.describe(), failure);
            if (attempt >= attempts) {
                return park(delivery, failure, handlers);
            }
            return later(backoff(attempt)).chain(() -> single(delivery, handlers, attempt + 1));
        });
    }

    private Uni<Void> park(Delivery delivery, Throwable failure, List<EventHandler> handlers) {
        return deadLetters.park(delivery, failure)
                .invoke(() -> {
                    parked.increment();
                    LOG.errorf("Parked %s on the dead-letter topic: %s", delivery.describe(),
                            delivery.unreadable() != null ? delivery.unreadable() : failure);
                })
                .onFailure().recoverWithUni(unreachable -> {
                    LOG.warnf("Cannot park %s either (%s): the database is away; trying it again",
                            delivery.describe(), unreachable.toString());
                    return later(MAX_BACKOFF).chain(() -> delivery.event() == null
                            ? park(delivery, null, handlers) : single(delivery, handlers, 1));
                });
    }

    static Duration backoff(int attempt) {
        long millis = FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    /**
     * Completes after {@code delay} on the caller's Vert.x context: Hibernate Reactive's session lives there, and
     * Mutiny's own delays would resume on another thread.
     */
    private static Uni<Void> later(Duration delay) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().voidItem().onItem().delayIt().by(delay);
        }
        return Uni.createFrom().emitter(emitter -> context.owner().setTimer(delay.toMillis(),
                id -> context.runOnContext(v -> emitter.complete(null))));
    }
}
