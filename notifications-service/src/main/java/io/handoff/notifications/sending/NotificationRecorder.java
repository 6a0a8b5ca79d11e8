package io.handoff.notifications.sending;

import io.handoff.events.EventType;
import io.handoff.events.notifications.NotificationSent;
import io.handoff.notifications.message.OutgoingMessage;
import io.handoff.notifications.schedule.NotificationStatus;
import io.handoff.notifications.schedule.ScheduledNotification;
import io.handoff.notifications.schedule.ScheduledNotificationRepository;
import io.handoff.platform.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * Records how a claimed notification went, each in its own transaction: a sent message is announced as
 * notification.sent.v1 through the outbox (so the contact's journey shows it), a refused one is tried again
 * later or FAILED, a stale one SKIPPED with its reason.
 */
@ApplicationScoped
public class NotificationRecorder {

    static final int ERROR_LIMIT = 1024;

    @Inject
    ScheduledNotificationRepository notifications;
    @Inject
    OutboxWriter outbox;
    @Inject
    Clock clock;

    /** Whatever happened meanwhile, the message went out: it is SENT and announced. */
    public Uni<Void> sent(NotificationJob job, OutgoingMessage message) {
        return Panache.withTransaction(() -> notifications.findForUpdate(job.id()).chain(n -> {
            if (n == null) {
                return Uni.createFrom().voidItem();
            }
            Instant now = clock.instant();
            n.attemptCount++;
            n.settle(NotificationStatus.SENT, null, now);
            n.sentAt = now;
            if (n.contactId == null) {
                n.contactId = message.contactId();
            }
            var sent = new NotificationSent(n.id, message.contactId(), n.callId, message.channel().name(),
                    n.kind.name(), message.recipient(), now);
            Object key = message.contactId() != null ? message.contactId() : n.id;
            return outbox.append(EventType.NOTIFICATION_SENT, n.workspaceId, key, sent).replaceWithVoid();
        }));
    }

    public Uni<Void> skipped(NotificationJob job, String reason) {
        return whileLeased(job, n -> {
            n.settle(NotificationStatus.SKIPPED, reason, clock.instant());
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> failed(NotificationJob job, Throwable failure) {
        return whileLeased(job, n -> {
            Instant now = clock.instant();
            n.attemptCount++;
            n.lastError = describe(failure);
            var delay = SendRetries.after(n.attemptCount);
            if (delay.isPresent()) {
                n.nextAttemptAt = now.plus(delay.get());
                n.leaseId = null;
                n.updatedAt = now;
            } else {
                n.settle(NotificationStatus.FAILED, "Gave up after " + n.attemptCount + " attempts.", now);
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** Runs the step with the row locked, if it is still this job's: not cancelled, not claimed again. */
    public Uni<Void> whileLeased(NotificationJob job, Function<ScheduledNotification, Uni<Void>> step) {
        return Panache.withTransaction(() -> notifications.findForUpdate(job.id()).chain(n ->
                n == null || n.status != NotificationStatus.PENDING || !job.leaseId().equals(n.leaseId)
                        ? Uni.createFrom().voidItem() : step.apply(n)));
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return message.length() > ERROR_LIMIT ? message.substring(0, ERROR_LIMIT) : message;
    }
}
