package io.handoff.notifications.delivery;

/** How many failed deliveries a bulk replay queued again. */
public record ReplayedDeliveries(int replayed) {
}
