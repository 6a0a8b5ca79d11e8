package io.handoff.notifications.sending;

import io.handoff.notifications.schedule.NotificationKind;

import java.util.UUID;

/** A claimed notification: the lease proves on recording that nobody re-claimed it meanwhile. */
public record NotificationJob(UUID id, UUID leaseId, NotificationKind kind) {
}
