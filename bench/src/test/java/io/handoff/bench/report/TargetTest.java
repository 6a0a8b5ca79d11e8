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
    void shouldMeetARatioTargetFromItsLimitUp() {
        assertThat(new Target("ratio", 0.5, 0.5, Target.Direction.AT_LEAST, "ratio").met()).isTrue();
        assertThat(new Target("ratio", 0.12, 0.5, Target.Direction.AT_LEAST, "ratio").met()).isFalse();
    }

    @Test
    void shouldNotMeetATargetThatWasNotMeasured() {
        assertThat(new Target("p99", Double.NaN, 20, Target.Direction.BELOW, "ms").met()).isFalse();
        assertThat(new Target("ratio", Double.NaN, 0.5, Target.Direction.AT_LEAST, "ratio").met()).isFalse();
    }
}
