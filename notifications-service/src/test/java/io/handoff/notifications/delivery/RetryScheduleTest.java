package io.handoff.notifications.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retry schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h with ±10 % jitter, then give up. */
class RetryScheduleTest {

    private static final List<Duration> BASE = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));

    @Test
    void shouldWaitEachStepWithinTenPercent() {
        RetrySchedule lowest = new RetrySchedule(() -> 0.0);
        RetrySchedule highest = new RetrySchedule(() -> 0.999_999);
        RetrySchedule middle = new RetrySchedule(() -> 0.5);
        for (int failed = 1; failed <= BASE.size(); failed++) {
            long base = BASE.get(failed - 1).toMillis();
            assertThat(lowest.delayAfter(failed, null)).contains(Duration.ofMillis(Math.round(base * 0.9)));
            assertThat(highest.delayAfter(failed, null).orElseThrow().toMillis())
                    .isBetween(Math.round(base * 1.099), Math.round(base * 1.1));
            assertThat(middle.delayAfter(failed, null)).contains(Duration.ofMillis(base));
        }
        assertThat(middle.attemptsPerRound()).isEqualTo(8);
    }

    @Test
    void shouldFollowAConfiguredListOfDelays() {
        RetrySchedule quick = new RetrySchedule(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(10)), () -> 0.5);

        assertThat(quick.attemptsPerRound()).isEqualTo(4);
        assertThat(quick.delayAfter(1, null)).contains(Duration.ofSeconds(1));
        assertThat(quick.delayAfter(2, null)).contains(Duration.ofSeconds(2));
        assertThat(quick.delayAfter(3, null)).contains(Duration.ofSeconds(10));
        assertThat(quick.delayAfter(4, null)).isEmpty();
        assertThat(quick.delayAfter(1, Duration.ofMinutes(5))).as("Retry-After capped at the longest step")
                .contains(Duration.ofSeconds(10));
        assertThatThrownBy(() -> new RetrySchedule(List.of(), () -> 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGiveUpAfterTheLastRetry() {
        assertThat(new RetrySchedule(() -> 0.5).delayAfter(8, null)).isEmpty();
    }

    @Test
    void shouldHonourALongerRetryAfterButNotAShorterOne() {
        RetrySchedule schedule = new RetrySchedule(() -> 0.5);

        assertThat(schedule.delayAfter(1, Duration.ofSeconds(60))).contains(Duration.ofSeconds(60));
        assertThat(schedule.delayAfter(2, Duration.ofSeconds(60))).contains(Duration.ofMinutes(5));
        assertThat(schedule.delayAfter(1, Duration.ofDays(30))).contains(Duration.ofHours(10));
    }
}
