package io.handoff.platform.signal;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Against a real Vert.x: the timer wakes at the time asked, the earliest of several, and on its sweep. */
class WakeUpTimerTest {

    private final Vertx vertx = Vertx.vertx();
    private final Clock clock = Clock.systemUTC();
    private final List<Instant> wakeUps = new CopyOnWriteArrayList<>();
    private final WakeUpTimer timer = new WakeUpTimer(vertx, clock, () -> wakeUps.add(clock.instant()));

    @AfterEach
    void close() {
        timer.stop();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void shouldWakeOnceWhenTheWorkComesDueAndNotBefore() throws InterruptedException {
        Instant due = clock.instant().plusMillis(400);

        timer.wakeAt(due);

        await().atMost(Duration.ofSeconds(5)).until(() -> wakeUps.size() == 1);
        assertThat(wakeUps.get(0)).isAfterOrEqualTo(due);
        Thread.sleep(300);
        assertThat(wakeUps).hasSize(1);
    }

    @Test
    void shouldKeepTheEarliestDueTime() throws InterruptedException {
        Instant soon = clock.instant().plusMillis(300);

        timer.wakeAt(clock.instant().plus(Duration.ofMinutes(5)));
        timer.wakeAt(soon);
        timer.wakeAt(clock.instant().plus(Duration.ofMinutes(1)));

        await().atMost(Duration.ofSeconds(5)).until(() -> wakeUps.size() == 1);
        assertThat(wakeUps.get(0)).isAfterOrEqualTo(soon).isBefore(soon.plusSeconds(5));
        // Once it has fired, a later time is the next one to keep.
        timer.wakeIn(Duration.ofMillis(200));
        await().atMost(Duration.ofSeconds(5)).until(() -> wakeUps.size() == 2);
        Thread.sleep(300);
        assertThat(wakeUps).hasSize(2);
    }

    @Test
    void shouldWakeAtOnceForATimePast() {
        timer.wakeAt(clock.instant().minusSeconds(60));

        await().atMost(Duration.ofSeconds(2)).until(() -> wakeUps.size() == 1);
    }

    @Test
    void shouldSweepUntilStopped() throws InterruptedException {
        timer.sweepEvery(Duration.ofMillis(100));
        await().atMost(Duration.ofSeconds(5)).until(() -> wakeUps.size() >= 3);

        timer.wakeIn(Duration.ofMillis(300));
        timer.stop();
        int woken = wakeUps.size();
        Thread.sleep(500);

        assertThat(wakeUps).hasSize(woken);
    }
}
