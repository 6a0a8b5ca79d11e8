package io.handoff.scheduling.ratelimit;

import io.handoff.platform.problem.ProblemException;

/** A public request over its limit: 429, with the seconds after which a retry may succeed. */
public class RateLimited extends ProblemException {

    private final long retryAfterSeconds;

    public RateLimited(String detail, long retryAfterSeconds) {
        super(429, "rate-limited", "Too many requests", detail, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
