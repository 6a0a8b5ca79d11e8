package io.handoff.platform.signal;

import io.vertx.core.Vertx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Wakes a task when no commit announces its work: at the moment its next known work comes due (a retry's
 * backoff, a reminder's time, a crashed replica's lease running out), and on a slow sweep, the safety net for a
 * signal lost while the listening connection was down. An idle service so wakes a few times a minute at most,
 * instead of querying every second for work that is not there.
 */
public final class WakeUpTimer {

    private final Vertx vertx;
    private final Clock clock;
    private final Runnable wake;
    private long sweep = -1;
    private long dueTimer = -1;
    private Instant dueAt;

    public WakeUpTimer(Vertx vertx, Clock clock, Runnable wake) {
        this.vertx = vertx;
        this.clock = clock;
        this.wake = wake;
    }

    public synchronized void sweepEvery(Duration interval) {
        if (sweep != -1) {
            vertx.cancelTimer(sweep);
        }
        sweep = vertx.setPeriodic(interval.toMillis(), interval.toMillis(), tick -> wake.run());
    }

    public void wakeIn(Duration delay) {
        wakeAt(clock.instant().plus(delay));
    }

    /** Wakes the task at {@code at}, unless it is to wake before then already; a time past wakes it at once. */
    public synchronized void wakeAt(Instant at) {
        if (dueAt != null && !at.isBefore(dueAt)) {
            return;
        }
        if (dueTimer != -1) {
            vertx.cancelTimer(dueTimer);
        }
        dueAt = at;
        // Rounded up: woken a fraction of a millisecond early, a round would find the work not due yet.
        long nanos = Duration.between(clock.instant(), at).toNanos();
        long delay = Math.max(1, (nanos + 999_999) / 1_000_000);
        dueTimer = vertx.setTimer(delay, this::fire);
    }

    private void fire(long timer) {
        synchronized (this) {
            if (timer != dueTimer) {
                return; // replaced by an earlier one as it fired
            }
            dueTimer = -1;
            dueAt = null;
        }
        wake.run();
    }

    /** Stops both timers, before the connection pool closes under a round they would start. */
    public synchronized void stop() {
        if (sweep != -1) {
            vertx.cancelTimer(sweep);
            sweep = -1;
        }
        if (dueTimer != -1) {
            vertx.cancelTimer(dueTimer);
            dueTimer = -1;
            dueAt = null;
        }
    }
}
