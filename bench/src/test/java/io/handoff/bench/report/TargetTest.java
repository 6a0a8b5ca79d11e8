package io.handoff.bench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTest {

    @Test
    void shouldMeetALatencyTargetOnlyStrictlyBelowItsLimit() {
        assertThat(new Target("p99", 19.9, 20, Target.Direction.BELOW, "ms").met()).isTrue();
        assertThat(new Target("p99", 20, 20, Target.Direction.BELOW, "ms").met()).isFalse();
        assertThat(new Target("p99", 35, 20, Target.Direction.BELOW, "ms").shareOfLimit()).isEqualTo(1.75);
    }

    @Test
    void shouldMeetARateTargetFromItsLimitUp() {
        assertThat(new Target("rate", 300, 300, Target.Direction.AT_LEAST, "leads/s").met()).isTrue();
        assertThat(new Target("rate", 299.9, 300, Target.Direction.AT_LEAST, "leads/s").met()).isFalse();
    }

    @Test
    void shouldMeetABudgetUpToAndIncludingItsLimit() {
        assertThat(new Target("cpu", 6, 6, Target.Direction.AT_MOST, "ms").met()).isTrue();
        assertThat(new Target("cpu", 6.01, 6, Target.Direction.AT_MOST, "ms").met()).isFalse();
    }

    @Test
    void shouldNotMeetATargetThatWasNotMeasured() {
        assertThat(new Target("p99", Double.NaN, 20, Target.Direction.BELOW, "ms").met()).isFalse();
        assertThat(new Target("rate", Double.NaN, 300, Target.Direction.AT_LEAST, "leads/s").met()).isFalse();
        assertThat(new Target("cpu", Double.NaN, 6, Target.Direction.AT_MOST, "ms").met()).isFalse();
    }
}
