package io.handoff.notifications;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The service's clock in tests: real time plus an offset that tests move forward instead of sleeping. */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /** Moves forward to this instant; never backwards, which other tests' pending work could not follow. */
    public void advanceTo(Instant target) {
        Duration gap = Duration.between(instant(), target);
        if (!gap.isNegative()) {
            advance(gap);
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }
}
