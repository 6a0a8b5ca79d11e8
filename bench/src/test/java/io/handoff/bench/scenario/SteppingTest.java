package io.handoff.bench.scenario;

import io.handoff.bench.load.LoadResult;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SteppingTest {

    @Test
    void shouldGoOnPastTheFirstMissWhileThroughputStillGrows() {
        Stepping stepping = new Stepping(100);

        assertThat(stepping.goOnAfter(step(100, 100, 20))).isTrue();
        assertThat(stepping.goOnAfter(step(200, 200, 40))).isTrue();
        // Misses the limit, but answers 300 a second: more throughput than before, go on.
        assertThat(stepping.goOnAfter(step(400, 300, 900))).isTrue();
        // 320 is less than 10% over 300: the curve has flattened.
        assertThat(stepping.goOnAfter(step(800, 320, 5000))).isFalse();
    }

    @Test
    void shouldNeverStopWhileEveryStepHolds() {
        Stepping stepping = new Stepping(100);

        assertThat(stepping.goOnAfter(step(100, 100, 20))).isTrue();
        assertThat(stepping.goOnAfter(step(200, 200, 30))).isTrue();
        assertThat(stepping.goOnAfter(step(210, 210, 40))).isTrue();
    }

    @Test
    void shouldStopAtTheSecondMissThatAddsNothing() {
        Stepping stepping = new Stepping(100);

        assertThat(stepping.goOnAfter(step(100, 90, 300))).isTrue();
        assertThat(stepping.goOnAfter(step(200, 95, 600))).isFalse();
    }

    /** A step offered at {@code offered}/s that got {@code achieved}/s answered with the given p99. */
    private static LoadResult step(double offered, double achieved, long p99Millis) {
        Histogram latencies = new Histogram(60_000_000L, 3);
        long answered = (long) (achieved * 10);
        for (long i = 0; i < answered; i++) {
            latencies.recordValue(p99Millis * 1000);
        }
        return new LoadResult("step", offered, (long) (offered * 10), answered, 0, Duration.ofSeconds(10), latencies);
    }
}
