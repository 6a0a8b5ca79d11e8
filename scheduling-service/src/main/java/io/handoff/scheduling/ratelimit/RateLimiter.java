package io.handoff.scheduling.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits the public booking endpoints per client IP and per event type with in-memory token buckets.
 * Each replica counts on its own, so the effective limit is the configured one times the replicas.
 * Elapsed time comes from the monotonic clock, not the business {@code Clock}.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_KEYS = 20_000;

    @ConfigProperty(name = "handoff.rate-limit.per-ip.capacity", defaultValue = "60")
    int ipCapacity;
    @ConfigProperty(name = "handoff.rate-limit.per-ip.per-minute", defaultValue = "30")
    int ipPerMinute;
    @ConfigProperty(name = "handoff.rate-limit.per-event-type.capacity", defaultValue = "600")
    int eventTypeCapacity;
    @ConfigProperty(name = "handoff.rate-limit.per-event-type.per-minute", defaultValue = "300")
    int eventTypePerMinute;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request from the IP's and the event type's budgets, or throws {@link RateLimited}. */
    public void admit(String ip, UUID eventTypeId) {
        long now = System.nanoTime();
        forgetIdle(now);
        take("ip:" + ip, ipCapacity, ipPerMinute, now, "Too many requests from your address.");
        take("event-type:" + eventTypeId, eventTypeCapacity, eventTypePerMinute, now,
                "This booking page is receiving too many requests.");
    }

    private void take(String key, int capacity, int perMinute, long now, String detail) {
        long wait = buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, perMinute, now)).take(now);
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
            throw new RateLimited(detail + " Retry in " + seconds + " s.", seconds);
        }
    }

    private void forgetIdle(long now) {
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
    }
}
