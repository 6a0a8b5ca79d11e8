package io.handoff.deals.events;

import io.handoff.deals.TestWorkspace;
import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.Topics;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestInfrastructure;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform's one consumer (IncomingEvents) as deals-service runs it, against the real broker: events no handler
 * wants cost nothing, an event delivered twice has one effect, a key's events are applied in order within a batch,
 * and what cannot be applied is parked on the dead-letter topic while the events after it go on.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class IncomingEventsTest {

    private static final String DEAD_LETTERS = "handoff.dlq.deals-service";

    private final TopicProbe probe = new TopicProbe();

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldLeaveAnEventNoHandlerWantsOutOfTheInbox() throws SQLException {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID callId = UUID.randomUUID();
        // Both keyed by the call: one partition, so once the call is applied the lead has been read.
        CloudEvent ignored = leadCaptured(ws, callId.toString());
        probe.publish(Topics.SCHEDULING, ignored);
        probe.publish(Topics.SCHEDULING, CloudEvent.of(EventType.CALL_BOOKED, "/handoff/scheduling-service", ws.id(),
                callId.toString(), booked(callId, ws, Instant.now().plus(Duration.ofDays(1))), Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from known_call where id = ?",
                callId) == 1);
        assertThat(count("select count(*) from inbox_event where event_id = ?", ignored.id())).isZero();
    }

    @Test
    void shouldApplyAnEventDeliveredTwiceOnce() throws SQLException {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contactId = UUID.randomUUID();
        CloudEvent created = contactCreated(ws, contactId, "twice@example.com", contactId.toString());
        UUID after = UUID.randomUUID();

        probe.publish(Topics.CONTACTS, created);
        probe.publish(Topics.CONTACTS, created);
        // Keyed like the copies, so applied after both.
        probe.publish(Topics.CONTACTS, contactCreated(ws, after, "after@example.com", contactId.toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from known_contact where id = ?",
                after) == 1);
        assertThat(count("select count(*) from inbox_event where event_id = ?", created.id())).isEqualTo(1);
        assertThat(count("select count(*) from known_contact where id = ?", contactId)).isEqualTo(1);
    }

    @Test
    void shouldApplyAKeysEventsInTheirOrder() throws SQLException {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID callId = UUID.randomUUID();
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(2));
        Instant moved = start.plus(Duration.ofDays(1));
        probe.publish(Topics.SCHEDULING, CloudEvent.of(EventType.CALL_BOOKED, "/handoff/scheduling-service", ws.id(),
                callId.toString(), booked(callId, ws, start), Instant.now()));
        probe.publish(Topics.SCHEDULING, CloudEvent.of(EventType.CALL_RESCHEDULED, "/handoff/scheduling-service",
                ws.id(), callId.toString(), new CallRescheduled(callId, null, ws.closerId(), moved,
                        moved.plus(Duration.ofMinutes(45)), ws.closerId(), start, start.plus(Duration.ofMinutes(45)),
                        Actor.user(ws.setterId()), "moved"), Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from known_call where id = ? and start_at = ?", callId, Timestamp.from(moved)) == 1);
    }

    @Test
    void shouldParkWhatCannotBeAppliedAndGoOnWithTheNextEvent() throws SQLException {
        TestWorkspace ws = TestWorkspace.open(probe);
        // A contact.created whose data is not a contact: its effect fails however often it is tried.
        String key = UUID.randomUUID().toString();
        CloudEvent poison = CloudEvent.of(EventType.CONTACT_CREATED, "/handoff/contacts-service", ws.id(), key,
                "not a contact", Instant.now());
        probe.publish(Topics.CONTACTS, poison);
        String garbageKey = UUID.randomUUID().toString();
        probe.publishRaw(Topics.CONTACTS, garbageKey, "{not json");
        UUID after = UUID.randomUUID();
        // Keyed like the poison: it comes after it on the same partition, and is applied all the same.
        probe.publish(Topics.CONTACTS, contactCreated(ws, after, "after.poison@example.com", key));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from known_contact where id = ?",
                after) == 1);
        assertThat(count("select count(*) from inbox_event where event_id = ?", poison.id())).isZero();
        List<ConsumerRecord<String, String>> parked = await().atMost(Duration.ofSeconds(20))
                .until(() -> probe.records(DEAD_LETTERS), records -> records.stream()
                        .anyMatch(r -> r.value().contains(poison.id())) && records.stream()
                        .anyMatch(r -> garbageKey.equals(r.key())));
        ConsumerRecord<String, String> poisoned = parked.stream().filter(r -> r.value().contains(poison.id()))
                .findFirst().orElseThrow();
        assertThat(poisoned.key()).isEqualTo(poison.subject());
        assertThat(header(poisoned, "dead-letter-topic")).isEqualTo(Topics.CONTACTS);
        assertThat(header(poisoned, "dead-letter-consumer")).isEqualTo("deals-service.contacts");
        assertThat(header(poisoned, "dead-letter-reason")).isNotBlank();
        ConsumerRecord<String, String> garbage = parked.stream().filter(r -> garbageKey.equals(r.key()))
                .findFirst().orElseThrow();
        assertThat(garbage.value()).isEqualTo("{not json");
        assertThat(header(garbage, "dead-letter-reason")).startsWith("not a CloudEvent");
    }

    /**
     * A batch that waits longer than a minute (a busy database, here a table another transaction holds) must not
     * stop the consumer: the connector's unprocessed-record watchdog, on by default, failed the channel after 60 s,
     * and nothing was consumed after that until a restart.
     */
    @Test
    void shouldGoOnConsumingAfterABatchThatWaitedLongerThanAMinute() throws Exception {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID slow = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(TestInfrastructure.get().jdbcUrl(), "postgres", "postgres")) {
            db.setAutoCommit(false);
            try (var lock = db.createStatement()) {
                lock.execute("lock table known_contact in exclusive mode");
            }
            probe.publish(Topics.CONTACTS, contactCreated(ws, slow, "slow@example.com", slow.toString()));
            Thread.sleep(Duration.ofSeconds(70).toMillis());
            assertThat(count("select count(*) from known_contact where id = ?", slow)).isZero();
            db.rollback();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from known_contact where id = ?",
                slow) == 1);
        UUID next = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, contactCreated(ws, next, "next@example.com", next.toString()));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from known_contact where id = ?",
                next) == 1);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static CloudEvent leadCaptured(TestWorkspace ws, String key) {
        var captured = new LeadCaptured(UUID.randomUUID(), UUID.randomUUID(), "QUALIFIED", null,
                new Invitee("ignored@example.com", "Ida", null, "Europe/Berlin"), List.of(), null, null, Instant.now());
        return CloudEvent.of(EventType.LEAD_CAPTURED, "/handoff/scheduling-service", ws.id(), key, captured,
                Instant.now());
    }

    /** contact.created.v1 with the given Kafka key (its subject), which decides its partition. */
    private static CloudEvent contactCreated(TestWorkspace ws, UUID contactId, String email, String key) {
        var created = new ContactCreated(contactId, email, "Lee Lead", null, null, "QUALIFIED", null, null, null, null,
                Actor.system());
        return CloudEvent.of(EventType.CONTACT_CREATED, "/handoff/contacts-service", ws.id(), key, created,
                Instant.now());
    }

    private static CallBooked booked(UUID callId, TestWorkspace ws, Instant start) {
        return new CallBooked(callId, UUID.randomUUID(), "Strategy Call", "STRATEGY",
                new PersonRef(ws.closerId(), "Host", "host@acme.test"), null, UUID.randomUUID(), null,
                new Invitee("lee@example.com", "Lee Lead", null, "America/New_York"), start,
                start.plus(Duration.ofMinutes(45)), new PersonRef(ws.setterId(), "Setter", null), "APPROVAL",
                List.of(), null);
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestInfrastructure.get().jdbcUrl(), "postgres", "postgres");
             PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
