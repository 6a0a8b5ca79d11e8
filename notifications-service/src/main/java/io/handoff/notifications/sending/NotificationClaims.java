package io.handoff.notifications.sending;

import io.handoff.notifications.schedule.ScheduledNotificationRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims due notifications for this replica: locks them with SKIP LOCKED and leases them (their next attempt
 * moves past the lease), so that across replicas each is worked once, and a crashed replica's become due again
 * when the lease ends.
 */
@ApplicationScoped
public class NotificationClaims {

    @Inject
    ScheduledNotificationRepository notifications;
    @Inject
    Clock clock;
    @ConfigProperty(name = "handoff.notifications.lease", defaultValue = "2m")
    Duration lease;

    public Uni<List<NotificationJob>> claim(int limit) {
        return Panache.withTransaction(() -> {
            Instant now = clock.instant();
            return notifications.lockDue(now, limit).map(due -> due.stream().map(n -> {
                n.leaseId = UUID.randomUUID();
                n.nextAttemptAt = now.plus(lease);
                n.updatedAt = now;
                return new NotificationJob(n.id, n.leaseId, n.kind);
            }).toList());
        });
    }

    /** When the next notification comes due that no commit will announce: a reminder's time, a retry, a lease's end. */
    public Uni<Optional<Instant>> nextDue() {
        return Panache.withSession(() -> notifications.nextDueAfter(clock.instant())).map(Optional::ofNullable);
    }
}
