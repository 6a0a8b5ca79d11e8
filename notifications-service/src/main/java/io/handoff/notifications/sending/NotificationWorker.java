package io.handoff.notifications.sending;

import io.handoff.notifications.worker.DuplicatedContexts;
import io.handoff.platform.signal.DatabaseSignals;
import io.handoff.platform.signal.WakeUpTimer;
import io.handoff.platform.signal.WakeableTask;
import io.smallrye.mutiny.Uni;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Works due notifications when a commit queues one (a database signal), those that come due later (reminders,
 * briefs, speed-to-lead checks, retries) when they do (a timer set to the next one due), and on a slow sweep what
 * a lost signal left; each on its own and concurrently up to a bound per
 * replica, so one slow SMTP exchange never holds up the others.
 */
@ApplicationScoped
public class NotificationWorker {

    static final String SIGNAL = "handoff_scheduled_notification";

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class);

    @Inject
    Vertx vertx;
    @Inject
    NotificationClaims claims;
    @Inject
    NotificationDispatcher dispatcher;
    @Inject
    DatabaseSignals signals;
    @Inject
    Clock clock;
    @ConfigProperty(name = "handoff.notifications.sweep-interval", defaultValue = "30s")
    Duration sweepInterval;
    @ConfigProperty(name = "handoff.notifications.max-in-flight", defaultValue = "16")
    int maxInFlight;

    private final WakeableTask claiming = new WakeableTask("Notification worker", this::claimAndSend,
            delay -> this.timer.wakeIn(delay));
    private final AtomicInteger inFlight = new AtomicInteger();
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
     * round that finds nothing due sets the timer to the next notification due later (each one in flight wakes
     * the worker when it ends).
     */
    private Uni<Boolean> claimAndSend() {
        int free = maxInFlight - inFlight.get();
        if (free <= 0) {
            return Uni.createFrom().item(false);
        }
        return DuplicatedContexts.run(vertx, () -> claims.claim(free)).chain(jobs -> {
            jobs.forEach(this::dispatch);
            if (!jobs.isEmpty()) {
                return Uni.createFrom().item(jobs.size() == free);
            }
            return DuplicatedContexts.run(vertx, claims::nextDue).invoke(next -> next.ifPresent(timer::wakeAt))
                    .replaceWith(false);
        });
    }

    private void dispatch(NotificationJob job) {
        inFlight.incrementAndGet();
        dispatcher.process(job)
                .onTermination().invoke(() -> {
                    inFlight.decrementAndGet();
                    claiming.wake();
                })
                .subscribe().with(done -> { }, failure -> LOG.warnf(
                        "Notification %s (%s) not finished; it is tried again when its lease ends: %s",
                        job.id(), job.kind(), failure.toString()));
    }
}
