package io.handoff.deals.events;

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
 * The platform's retention as a service runs it: the inbox forgets event ids only after the retention that keeps
 * exactly-once (14 days, past the broker's 7), idempotency keys after 24 hours, in batches, and nothing younger.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class RetentionTest {

    @Inject
    Retention retention;
    @Inject
    Clock clock;
    @Inject
    @Named("inbox")
    RetentionRule inbox;
    @Inject
    @Named("idempotency")
    RetentionRule idempotency;

    @Test
    void shouldPurgeInboxIdsPastTheirRetentionInBatchesAndKeepTheRest() throws SQLException {
        String consumer = "retention-test-" + UUID.randomUUID();
        // 2,500 ids older than 14 days: three batches of at most 1,000; and ids of 13 days and of now.
        insertInbox(consumer, 2500, clock.instant().minus(Duration.ofDays(15)));
        insertInbox(consumer, 3, clock.instant().minus(Duration.ofDays(13)));
        insertInbox(consumer, 2, clock.instant());

        long purged = retention.purge(inbox).await().atMost(Duration.ofSeconds(30));

        assertThat(inbox.keep()).isEqualTo(Duration.ofDays(14));
        assertThat(purged).isGreaterThanOrEqualTo(2500);
        assertThat(count("select count(*) from inbox_event where consumer = '" + consumer + "'")).isEqualTo(5);
    }

    @Test
    void shouldForgetIdempotencyKeysAfterADay() throws SQLException {
        UUID workspace = UUID.randomUUID();
        insertIdempotency(workspace, "old", clock.instant().minus(Duration.ofHours(25)));
        insertIdempotency(workspace, "fresh", clock.instant().minus(Duration.ofHours(23)));

        retention.purge(idempotency).await().atMost(Duration.ofSeconds(30));

        assertThat(count("select count(*) from idempotency_record where workspace_id = '" + workspace
                + "' and idem_key = 'fresh'")).isEqualTo(1);
        assertThat(count("select count(*) from idempotency_record where workspace_id = '" + workspace + "'"))
                .isEqualTo(1);
    }

    private void insertInbox(String consumer, int rows, Instant processedAt) throws SQLException {
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement(
                "insert into inbox_event (consumer, event_id, type, processed_at) values (?, ?, 'test.v1', ?)")) {
            for (int i = 0; i < rows; i++) {
                insert.setString(1, consumer);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setTimestamp(3, Timestamp.from(processedAt));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertIdempotency(UUID workspace, String key, Instant createdAt) throws SQLException {
        try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("insert into idempotency_record"
                + " (workspace_id, idem_key, scope, status, created_at) values (?, ?, 'POST /api/v1/deals', 201, ?)")) {
            insert.setObject(1, workspace);
            insert.setString(2, key);
            insert.setTimestamp(3, Timestamp.from(createdAt));
            insert.executeUpdate();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = connect(); var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestInfrastructure.get().jdbcUrl(), "postgres", "postgres");
    }
}
