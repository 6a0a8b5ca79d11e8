package io.handoff.platform.signal;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class WakeableTaskTest {

    /** Rounds that finish only when the test says so, to wake the task while one runs. */
    private final List<UniEmitter<? super Boolean>> open = new ArrayList<>();
    private final AtomicInteger rounds = new AtomicInteger();
    private final WakeableTask task = new WakeableTask("test", () -> {
        rounds.incrementAndGet();
        return Uni.createFrom().emitter(open::add);
    });

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
    void shouldWaitForTheNextWakeUpAfterAFailedRound() {
        task.wake();
        task.wake();
        open.get(0).fail(new IllegalStateException("database away"));

        assertThat(rounds).hasValue(1);
        task.wake();
        assertThat(rounds).hasValue(2);
    }
}
