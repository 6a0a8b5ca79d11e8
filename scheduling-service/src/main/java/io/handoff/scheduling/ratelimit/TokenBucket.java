package io.handoff.scheduling.ratelimit;

/**
 * A token bucket on a monotonic clock (nanoseconds): up to {@code capacity} requests at once, refilled
 * at {@code perMinute} tokens a minute.
 */
final class TokenBucket {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final int capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / NANOS_PER_MINUTE;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes a token and returns 0, or returns how many nanoseconds until one is available. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** A full bucket says nothing about its key any more and can be forgotten. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
        updatedAt = now;
    }
}
