package io.handoff.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ClockProducerTest {

    @Test
    void shouldTellTheSystemTimeWithoutAnOffset() {
        Instant before = Instant.now();
        Instant now = new ClockProducer().clock(Duration.ZERO).instant();
        assertThat(now).isBetween(before, Instant.now());
    }

    @Test
    void shouldRunAheadByTheConfiguredOffset() {
        Clock ahead = new ClockProducer().clock(Duration.ofDays(30));
        Instant before = Instant.now().plus(Duration.ofDays(30));
        Instant now = ahead.instant();
        assertThat(now).isBetween(before, Instant.now().plus(Duration.ofDays(30)));
        assertThat(ahead.getZone()).isEqualTo(Clock.systemUTC().getZone());
    }
}
