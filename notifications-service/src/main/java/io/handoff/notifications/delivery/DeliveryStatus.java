package io.handoff.notifications.delivery;

import io.handoff.platform.problem.Problems;

import java.util.Arrays;

/** PENDING until the receiver accepts it (DELIVERED) or the delivery gives up (FAILED); a replay makes it PENDING. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED;

    /** A ?status= filter: absent means any, an unknown value is the client's mistake. */
    public static DeliveryStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> Problems.invalid("status", "must be one of " + Arrays.toString(values())));
    }
}
