package io.handoff.notifications.retention;

import io.handoff.platform.retention.Retention;
import io.handoff.platform.retention.RetentionRule;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finished webhook deliveries (with their attempts) go after 30 days and finished reminders and alerts after 90;
 * work still pending stays, however old, and so does anything younger.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class NotificationsRetentionTest {

    @Inject
    Retention retention;
    @Inject
    Clock clock;
    @Inject
    @Named("webhook-deliveries")
    RetentionRule deliveries;
    @Inject
    @Named("scheduled-notifications")
    RetentionRule notifications;

    @Test
    void shouldPurgeFinishedDeliveriesWithTheirAttemptsAfterThirtyDays() throws SQLException {
        UUID workspace = UUID.randomUUID();
        UUID endpoint = endpoint(workspace);
        Instant old = clock.instant().minus(Duration.ofDays(31));
        UUID oldDelivered = delivery(workspace, endpoint, "DELIVERED", old);
        UUID oldFailed = delivery(workspace, endpoint, "FAILED", old);
        UUID oldPending = delivery(workspace, endpoint, "PENDING", old);
        UUID recentDelivered = delivery(workspace, endpoint, "DELIVERED", clock.instant().minus(Duration.ofDays(29)));
        attempt(workspace, oldDelivered, old);

        retention.purge(deliveries).await().atMost(Duration.ofSeconds(30));

        assertThat(count("select count(*) from webhook_delivery where id in (?, ?)", oldDelivered, oldFailed)).isZero();
        assertThat(count("select count(*) from webhook_delivery_attempt where delivery_id = ?", oldDelivered)).isZero();
        assertThat(count("select count(*) from webhook_delivery where id in (?, ?)", oldPending, recentDelivered))
                .isEqualTo(2);
    }

    @Test
    void shouldPurgeFinishedNotificationsAfterNinetyDaysAndKeepPendingOnes() throws SQLException {
        UUID workspace = UUID.randomUUID();
        Instant old = clock.instant().minus(Duration.ofDays(91));
        UUID sent = notification(workspace, "SENT", old);
        UUID cancelled = notification(workspace, "CANCELLED", old);
        UUID pending = notification(workspace, "PENDING", old);
        UUID recent = notification(workspace, "SENT", clock.instant().minus(Duration.ofDays(89)));

        retention.purge(notifications).await().atMost(Duration.ofSeconds(30));

        assertThat(count("select count(*) from scheduled_notification where id in (?, ?)", sent, cancelled)).isZero();
        assertThat(count("select count(*) from scheduled_notification where id in (?, ?)", pending, recent))
                .isEqualTo(2);
    }

    private UUID endpoint(UUID workspace) throws SQLException {
        UUID id = UUID.randomUUID();
        execute("insert into webhook_endpoint (id, workspace_id, url, enabled, secret, created_at, updated_at)"
                + " values (?, ?, 'https://hooks.example.com/x', true, 'whsec_test', now(), now())", id, workspace);
        return id;
    }

    private UUID delivery(UUID workspace, UUID endpoint, String status, Instant updatedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        execute("insert into webhook_delivery (id, workspace_id, endpoint_id, event_id, event_type, payload, status,"
                        + " created_at, updated_at) values (?, ?, ?, ?, 'call.booked', '{}', ?, ?, ?)", id, workspace,
                endpoint, UUID.randomUUID().toString(), status, Timestamp.from(updatedAt), Timestamp.from(updatedAt));
        return id;
    }

    private void attempt(UUID workspace, UUID delivery, Instant at) throws SQLException {
        execute("insert into webhook_delivery_attempt (id, delivery_id, workspace_id, attempted_at, http_status,"
                + " latency_ms) values (?, ?, ?, ?, 200, 12)", UUID.randomUUID(), delivery, workspace, Timestamp.from(at));
    }

    private UUID notification(UUID workspace, String status, Instant updatedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        execute("insert into scheduled_notification (id, workspace_id, kind, due_at, status, created_at, updated_at)"
                        + " values (?, ?, 'REMINDER_24H', ?, ?, ?, ?)", id, workspace, Timestamp.from(updatedAt), status,
                Timestamp.from(updatedAt), Timestamp.from(updatedAt));
        return id;
    }

    private static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestInfrastructure.get().jdbcUrl(), "postgres", "postgres");
    }
}
