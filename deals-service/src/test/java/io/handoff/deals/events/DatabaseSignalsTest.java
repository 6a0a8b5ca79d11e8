package io.handoff.deals.events;

import io.handoff.platform.signal.DatabaseSignals;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The wake-ups that replace polling: a commit that adds outbox rows signals the relay's channel, a rolled-back one
 * does not, and a listener is also woken when it subscribes (it may have missed signals before).
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class DatabaseSignalsTest {

    @Inject
    DatabaseSignals signals;

    @Test
    void shouldWakeAListenerOnlyForCommittedOutboxRows() throws Exception {
        AtomicInteger wakeUps = new AtomicInteger();
        signals.onSignal("handoff_outbox", wakeUps::incrementAndGet);
        Thread.sleep(500);
        int before = wakeUps.get();

        try (Connection db = connect()) {
            db.setAutoCommit(false);
            insertOutboxRow(db);
            db.rollback();
        }
        Thread.sleep(500);
        assertThat(wakeUps.get()).isEqualTo(before);

        try (Connection db = connect()) {
            db.setAutoCommit(false);
            insertOutboxRow(db);
            insertOutboxRow(db);
            db.commit();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> wakeUps.get() > before);
    }

    @Test
    void shouldWakeANewListenerOnceItListens() {
        AtomicInteger wakeUps = new AtomicInteger();

        signals.onSignal("handoff_signal_test_" + UUID.randomUUID().toString().replace("-", ""),
                wakeUps::incrementAndGet);

        await().atMost(Duration.ofSeconds(5)).until(() -> wakeUps.get() >= 1);
    }

    private static void insertOutboxRow(Connection db) throws SQLException {
        try (Statement insert = db.createStatement()) {
            insert.executeUpdate("insert into outbox_event (id, topic, event_key, type, payload) values ('"
                    + UUID.randomUUID() + "', 'handoff.signal-test', 'k', 'signal.test.v1', '{}')");
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestInfrastructure.get().jdbcUrl(), "postgres", "postgres");
    }
}
