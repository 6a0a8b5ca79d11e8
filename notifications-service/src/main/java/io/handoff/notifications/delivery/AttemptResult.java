package io.handoff.notifications.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * How one attempt went. No status means no response (timeout, network error, refused address). Timeouts,
 * network errors, redirects (never followed), 429 and 5xx are retried; 410 Gone disables the endpoint;
 * any other 4xx fails the delivery at once.
 */
public record AttemptResult(Instant attemptedAt, Integer status, long latencyMs, String responseExcerpt, String error,
                            Duration retryAfter) {

    public static AttemptResult failed(Instant attemptedAt, long latencyMs, String error) {
        return new AttemptResult(attemptedAt, null, latencyMs, null, error, null);
    }

    public boolean delivered() {
        return status != null && status >= 200 && status < 300;
    }

    public boolean gone() {
        return status != null && status == 410;
    }

    public boolean retryable() {
        return status == null || status < 200 || (status >= 300 && status < 400) || status == 429 || status >= 500;
    }
}
