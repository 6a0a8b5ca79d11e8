package io.handoff.bench.load;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-model load, as wrk2 makes it: request {@code i} is due at {@code start + i / rate} whatever happened to the
 * ones before, and its latency counts from that due time, not from when it was actually sent. A server that
 * stalls therefore shows the stall in every request that should have gone out meanwhile, instead of quietly
 * receiving fewer requests (coordinated omission).
 */
public final class OpenLoop {

    /**
     * Sends request number {@code sequence}, due at {@code dueNanos} ({@link System#nanoTime()}); completes with
     * true for an answer that counts as a success.
     */
    @FunctionalInterface
    public interface Request {
        CompletionStage<Boolean> send(long sequence, long dueNanos);
    }

    /** Microseconds; anything slower than a minute is recorded as a minute. */
    static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final double ratePerSecond;
    private final Duration duration;
    private final Duration drain;

    public OpenLoop(double ratePerSecond, Duration duration, Duration drain) {
        if (ratePerSecond <= 0 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("rate and duration must be positive");
        }
        this.ratePerSecond = ratePerSecond;
        this.duration = duration;
        this.drain = drain;
    }

    /** Runs the schedule, then waits up to the drain time for answers; unanswered requests count as failed. */
    public LoadResult run(String name, Request request) {
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        AtomicLong failed = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        Phaser outstanding = new Phaser(1);
        long count = Math.max(1, Math.round(ratePerSecond * duration.toNanos() / 1e9));
        double intervalNanos = 1e9 / ratePerSecond;
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + (long) (i * intervalNanos);
            waitUntil(due);
            outstanding.register();
            CompletionStage<Boolean> answer;
            try {
                answer = request.send(i, due);
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            answer.whenComplete((ok, error) -> {
                long now = System.nanoTime();
                lastAnswer.accumulateAndGet(now, Math::max);
                if (error == null && Boolean.TRUE.equals(ok)) {
                    latencies.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (now - due) / 1000)));
                } else {
                    failed.incrementAndGet();
                }
                outstanding.arriveAndDeregister();
            });
        }
        long scheduleEnd = System.nanoTime();
        long unanswered = awaitAnswers(outstanding);
        long end = Math.max(lastAnswer.get(), scheduleEnd);
        return new LoadResult(name, ratePerSecond, count, latencies.getTotalCount(), failed.get() + unanswered,
                Duration.ofNanos(end - start), latencies.copy());
    }

    private long awaitAnswers(Phaser outstanding) {
        int phase = outstanding.arrive();
        try {
            outstanding.awaitAdvanceInterruptibly(phase, drain.toNanos(), TimeUnit.NANOSECONDS);
            return 0;
        } catch (java.util.concurrent.TimeoutException e) {
            return outstanding.getUnarrivedParties();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outstanding.getUnarrivedParties();
        }
    }

    private static void waitUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
