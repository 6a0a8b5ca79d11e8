package io.handoff.notifications.sending;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try a message again after the SMTP server or SMS provider refused it: 1 min, 5 min, 15 min, 1 h,
 * 3 h; after the sixth failed attempt the notification is FAILED. A reminder whose call has started by then
 * is skipped instead.
 */
public final class SendRetries {

    static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3));

    private SendRetries() {
    }

    /** The delay after this many failed attempts (1 after the first), or empty when it is time to give up. */
    public static Optional<Duration> after(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > DELAYS.size()) {
            return Optional.empty();
        }
        return Optional.of(DELAYS.get(failedAttempts - 1));
    }
}
