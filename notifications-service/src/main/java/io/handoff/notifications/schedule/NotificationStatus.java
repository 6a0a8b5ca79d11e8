package io.handoff.notifications.schedule;

/**
 * PENDING until sent (SENT; for a speed-to-lead check: the breach was raised), SKIPPED (too late, or the
 * check found a setter action), CANCELLED (call cancelled or moved) or FAILED (the provider kept refusing).
 */
public enum NotificationStatus {
    PENDING, SENT, SKIPPED, CANCELLED, FAILED
}
