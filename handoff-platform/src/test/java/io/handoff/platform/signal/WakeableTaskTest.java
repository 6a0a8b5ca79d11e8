package io.handoff.platform.signal;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class WakeableTaskTest {

    /** Rounds that finish only when the test says so, to wake the task while one runs. */
    private final List<UniEmitter<? super Boolean>> open = new ArrayList<>();
    private final AtomicInteger rounds = new AtomicInteger();
    /** The delays the task asked to be woken after, once rounds failed. */
    private final List<Duration> retries = new ArrayList<>();
    private final WakeableTask task = new WakeableTask("test", () -> {
        rounds.incrementAndGet();
        return Uni.createFrom().emitter(open::add);
    }, retries::add);

    @Test
    void shouldNeverRunTwoRoundsAtOnce() {
        task.wake();
        task.wake();
        task.wake();

        assertThat(rounds).hasValue(1);
    }

    @Test
    void shouldRunOnceMoreWhenWokenDuringARound() {
        task.wake();
        task.wake();
        task.wake();

        open.get(0).complete(false);

        // The two wake-ups during the first round make one more round, not two.
        assertThat(rounds).hasValue(2);
        open.get(1).complete(false);
        assertThat(rounds).hasValue(2);
    }

    @Test
    void shouldGoOnWhileARoundSaysMoreIsWaiting() {
        task.wake();
        open.get(0).complete(true);
        open.get(1).complete(true);
        open.get(2).complete(false);

        assertThat(rounds).hasValue(3);
    }

    @Test
    void shouldNotSpinAfterAFailedRoundButAskToBeWokenSoon() {
        task.wake();
        task.wake();
        open.get(0).fail(new IllegalStateException("database away"));

        // The wake-up during the failed round does not start another at once: the retry is the timer's.
        assertThat(rounds).hasValue(1);
        assertThat(retries).containsExactly(Duration.ofSeconds(1));
        task.wake();
        assertThat(rounds).hasValue(2);
    }

    @Test
    void shouldBackOffFurtherWhileRoundsKeepFailingAndStartOverAfterASuccess() {
        for (int i = 0; i < 5; i++) {
            task.wake();
            open.get(i).fail(new IllegalStateException("broker away"));
        }
        task.wake();
        open.get(5).complete(false);
        task.wake();
        open.get(6).fail(new IllegalStateException("broker away again"));

        assertThat(retries).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(1));
    }

    @Test
    void shouldRetryARoundThatThrowsBeforeItStarts() {
        List<Duration> asked = new ArrayList<>();
        WakeableTask broken = new WakeableTask("broken", () -> {
            throw new IllegalStateException("no session");
        }, asked::add);

        broken.wake();

        assertThat(asked).containsExactly(Duration.ofSeconds(1));
    }
}
