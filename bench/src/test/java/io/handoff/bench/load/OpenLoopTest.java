package io.handoff.bench.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OpenLoopTest {

    private final ScheduledExecutorService server = Executors.newScheduledThreadPool(2);

    @Test
    void shouldSendAtTheOfferedRateAndTimeEachAnswer() {
        LoadResult result = new OpenLoop(200, Duration.ofMillis(500), Duration.ofSeconds(5))
                .run("steady", (sequence, due) -> answerAfter(Duration.ofMillis(5), true));

        assertThat(result.due()).isEqualTo(100);
        assertThat(result.succeeded()).isEqualTo(100);
        assertThat(result.failed()).isZero();
        // Wide bounds: the test shares the machine with whatever else runs, and a fake answer takes 5 ms.
        assertThat(result.p50Millis()).isGreaterThanOrEqualTo(5).isLessThan(1000);
        assertThat(result.achievedRate()).isCloseTo(200, within(60.0));
        assertThat(result.sustains(1000)).isTrue();
    }

    @Test
    void shouldCountAStallInEveryRequestThatWasDueDuringIt() {
        // A server that answers one request at a time, and stalls 300 ms on the first: the requests due behind it
        // wait in its queue. A closed-loop tool would only have sent fewer requests and seen one slow answer.
        AtomicLong busyUntil = new AtomicLong();
        LoadResult result = new OpenLoop(100, Duration.ofMillis(400), Duration.ofSeconds(5)).run("stall",
                (sequence, due) -> {
                    long work = TimeUnit.MILLISECONDS.toNanos(sequence == 0 ? 300 : 1);
                    long finish = busyUntil.updateAndGet(busy -> Math.max(busy, System.nanoTime()) + work);
                    return answerAfter(Duration.ofNanos(finish - System.nanoTime()), true);
                });

        assertThat(result.succeeded()).isEqualTo(40);
        // About 30 of the 40 were due inside the stall: more than half waited at least 100 ms.
        assertThat(result.p50Millis()).isGreaterThan(100);
        assertThat(result.maxMillis()).isGreaterThanOrEqualTo(295);
        assertThat(result.sustains(100)).isFalse();
    }

    @Test
    void shouldCountRefusalsErrorsAndUnansweredRequestsAsFailed() {
        LoadResult result = new OpenLoop(100, Duration.ofMillis(100), Duration.ofMillis(200)).run("failing",
                (sequence, due) -> switch ((int) (sequence % 4)) {
                    case 0 -> answerAfter(Duration.ZERO, true);
                    case 1 -> answerAfter(Duration.ZERO, false);
                    case 2 -> CompletableFuture.failedFuture(new java.io.IOException("connection refused"));
                    default -> new CompletableFuture<>();
                });

        assertThat(result.due()).isEqualTo(10);
        assertThat(result.succeeded()).isEqualTo(3);
        assertThat(result.failed()).isEqualTo(7);
        assertThat(result.sustains(1000)).isFalse();
    }

    private CompletableFuture<Boolean> answerAfter(Duration delay, boolean ok) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        server.schedule(() -> answer.complete(ok), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return answer;
    }
}
