package io.handoff.platform.signal;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A background task that runs when woken (by a database signal, a timer, a finished job), never twice at once. A
 * wake-up that comes while it runs makes it run once more afterwards, since the work it announced may have missed
 * the running round; so may a round that reports there is more to do. A failed round waits for the next wake-up,
 * so that an unreachable database or broker is not retried in a spin.
 */
public final class WakeableTask {

    private static final Logger LOG = Logger.getLogger(WakeableTask.class);

    private final String name;
    private final Supplier<Uni<Boolean>> round;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** {@code round} does one round of work and answers whether more is waiting. */
    public WakeableTask(String name, Supplier<Uni<Boolean>> round) {
        this.name = name;
        this.round = round;
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
            LOG.warnf("%s paused until woken again: %s", name, failure.toString());
            again.set(false);
        } else if (more) {
            again.set(true);
        }
        running.set(false);
        if (again.get()) {
            wake();
        }
    }
}
