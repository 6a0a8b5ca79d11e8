package io.handoff.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's "now" in tests, replacing the platform's clock: real time, moved forward by tests instead of
 * sleeping (retries, reminders), or fixed at an instant (signatures made at a known time, notice periods).
 * Every test has its own workspace, so moving time for one does not disturb another's data.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    /** Stops time at {@code now} until {@link #reset()}. */
    public void set(Instant now) {
        fixed = now;
    }

    public void set(String now) {
        set(Instant.parse(now));
    }

    /** Back to moving time (keeping what {@link #advance} added). */
    public void reset() {
        fixed = null;
    }

    public synchronized void advance(Duration by) {
        if (fixed != null) {
            fixed = fixed.plus(by);
        } else {
            offset = offset.plus(by);
        }
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
        Instant now = fixed;
        return now != null ? now : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return fixed != null ? Clock.fixed(fixed, zone) : Clock.offset(Clock.system(zone), offset);
    }
}
