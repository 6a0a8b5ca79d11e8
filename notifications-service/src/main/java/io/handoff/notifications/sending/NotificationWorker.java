package io.handoff.notifications.sending;

import io.handoff.notifications.worker.DuplicatedContexts;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Works due notifications on a Vert.x timer (the Quarkus scheduler cannot run more than once a second), each
 * on its own and concurrently up to a bound per replica, so one slow SMTP exchange never holds up the others.
 */
@ApplicationScoped
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class);

    @Inject
    Vertx vertx;
    @Inject
    NotificationClaims claims;
    @Inject
    NotificationDispatcher dispatcher;
    @ConfigProperty(name = "handoff.notifications.poll-interval", defaultValue = "1s")
    Duration pollInterval;
    @ConfigProperty(name = "handoff.notifications.max-in-flight", defaultValue = "16")
    int maxInFlight;

    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
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
        DuplicatedContexts.run(vertx, () -> claims.claim(free))
                .onTermination().invoke(() -> claiming.set(false))
                .subscribe().with(jobs -> jobs.forEach(this::dispatch),
                        failure -> LOG.warnf("Notification worker could not claim: %s", failure.toString()));
    }

    private void dispatch(NotificationJob job) {
        inFlight.incrementAndGet();
        dispatcher.process(job)
                .onTermination().invoke(inFlight::decrementAndGet)
                .subscribe().with(done -> { }, failure -> LOG.warnf(
                        "Notification %s (%s) not finished; it is tried again when its lease ends: %s",
                        job.id(), job.kind(), failure.toString()));
    }
}
