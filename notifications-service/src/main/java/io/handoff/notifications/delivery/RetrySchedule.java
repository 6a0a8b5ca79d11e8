package io.handoff.notifications.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try again after a failed attempt: by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (about a day in
 * all; {@code handoff.webhooks.retry-delays} sets another list), each with ±10 % jitter so that receivers
 * recovering from an outage are not hit by a synchronised wave; a longer Retry-After from the receiver wins, up
 * to the longest step. After the last retry there is none.
 */
public final class RetrySchedule {

    static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
    private static final double JITTER = 0.10;

    private final List<Duration> delays;
    /** A receiver cannot push a retry further out than the longest step. */
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    /** The default delays; {@code random} yields values in [0, 1). */
    public RetrySchedule(DoubleSupplier random) {
        this(DELAYS, random);
    }

    /** The given delays, one per retry, in order; {@code random} yields values in [0, 1). */
    public RetrySchedule(List<Duration> delays, DoubleSupplier random) {
        if (delays.isEmpty() || delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("retry delays must be positive, and at least one: " + delays);
        }
        this.delays = List.copyOf(delays);
        this.maxRetryAfter = this.delays.stream().max(Duration::compareTo).orElseThrow();
        this.random = random;
    }

    /** Attempts a delivery gets in one round: the first one and every retry. */
    public int attemptsPerRound() {
        return delays.size() + 1;
    }

    /**
     * The delay before the next attempt, given how many attempts of this round have failed (1 after the
     * first), or empty when the delivery should give up.
     */
    public Optional<Duration> delayAfter(int failedAttempts, Duration retryAfter) {
        if (failedAttempts < 1 || failedAttempts > delays.size()) {
            return Optional.empty();
        }
        Duration base = delays.get(failedAttempts - 1);
        double factor = 1 - JITTER + 2 * JITTER * random.getAsDouble();
        Duration delay = Duration.ofMillis(Math.round(base.toMillis() * factor));
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
        }
        return Optional.of(delay);
    }
}
