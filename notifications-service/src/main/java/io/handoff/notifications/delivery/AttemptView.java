package io.handoff.notifications.delivery;

import java.time.Instant;
import java.util.UUID;

/** One attempt in the delivery log; httpStatus is absent when no response came (timeout, network error). */
public record AttemptView(UUID id, Instant attemptedAt, Integer httpStatus, long latencyMs, String responseExcerpt,
                          String error) {

    public static AttemptView of(DeliveryAttempt a) {
        return new AttemptView(a.id, a.attemptedAt, a.httpStatus, a.latencyMs, a.responseExcerpt, a.error);
    }
}
