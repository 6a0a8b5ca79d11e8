package io.handoff.platform.signal;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A background task that runs when woken (by a database signal, a timer, a finished job), never twice at once. A
 * wake-up that comes while it runs makes it run once more afterwards, since the work it announced may have missed
 * the running round; so may a round that reports there is more to do. A failed round is tried again after a
 * backoff (1 s, doubling up to 8 s, until a round succeeds), so that an unreachable database or broker is neither
 * retried in a spin nor left until the next slow sweep.
 */
public final class WakeableTask {

    private static final Logger LOG = Logger.getLogger(WakeableTask.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LAST_RETRY = Duration.ofSeconds(8);

    private final String name;
    private final Supplier<Uni<Boolean>> round;
    private final Consumer<Duration> retryIn;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicInteger failuresInARow = new AtomicInteger();

    /**
     * {@code round} does one round of work and answers whether more is waiting; {@code retryIn} wakes the task
     * again after the given delay (a {@link WakeUpTimer}'s), once a round has failed.
     */
    public WakeableTask(String name, Supplier<Uni<Boolean>> round, Consumer<Duration> retryIn) {
        this.name = name;
        this.round = round;
        this.retryIn = retryIn;
    }

    public void wake() {
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return; // the running round's end looks at the flag
        }
        again.set(false);
        Uni<Boolean> work;
        try {
            work = round.get();
        } catch (RuntimeException e) {
            finish(false, e);
            return;
        }
        work.subscribe().with(more -> finish(more, null), failure -> finish(false, failure));
    }

    private void finish(boolean more, Throwable failure) {
        if (failure != null) {
            Duration delay = backoff(failuresInARow.incrementAndGet());
            LOG.warnf("%s failed, tried again in %d s: %s", name, delay.toSeconds(), failure.toString());
            again.set(false);
            retryIn.accept(delay);
        } else {
            failuresInARow.set(0);
            if (more) {
                again.set(true);
            }
        }
        running.set(false);
        if (again.get()) {
            wake();
        }
    }

    static Duration backoff(int failures) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 10));
        return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
    }
}
