package io.handoff.notifications.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try again after a failed attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (about a day in all),
 * each with ±10 % jitter so that receivers recovering from an outage are not hit by a synchronised wave;
 * a longer Retry-After from the receiver wins. After the last retry there is none.
 */
public final class RetrySchedule {

    static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
    /** A receiver cannot push a retry further out than the longest step. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(10);
    private static final double JITTER = 0.10;

    private final DoubleSupplier random;

    /** {@code random} yields values in [0, 1). */
    public RetrySchedule(DoubleSupplier random) {
        this.random = random;
    }

    /** Attempts a delivery gets in one round: the first one and every retry. */
    public static int attemptsPerRound() {
        return DELAYS.size() + 1;
    }

    /**
     * The delay before the next attempt, given how many attempts of this round have failed (1 after the
     * first), or empty when the delivery should give up.
     */
    public Optional<Duration> delayAfter(int failedAttempts, Duration retryAfter) {
        if (failedAttempts < 1 || failedAttempts > DELAYS.size()) {
            return Optional.empty();
        }
        Duration base = DELAYS.get(failedAttempts - 1);
        double factor = 1 - JITTER + 2 * JITTER * random.getAsDouble();
        Duration delay = Duration.ofMillis(Math.round(base.toMillis() * factor));
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
        }
        return Optional.of(delay);
    }
}
