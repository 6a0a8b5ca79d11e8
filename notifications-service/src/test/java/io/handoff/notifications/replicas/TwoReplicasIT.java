package io.handoff.notifications.replicas;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.testing.Tokens;
import io.handoff.testing.TopicProbe;
import io.restassured.http.ContentType;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Horizontal scaling is safe: two replicas of the packaged notifications-service, on one database, one broker
 * and one consumer group, share 200 bookings (consuming them, delivering each webhook and its retry, sending
 * each confirmation and one-hour reminder, relaying notification.sent.v1), both do part of each, and neither
 * does anything twice.
 */
class TwoReplicasIT {

    static final int BOOKINGS = 200;
    /** How long after the bookings are published their one-hour reminders fall due. */
    static final Duration REMINDER_LEAD = Duration.ofSeconds(60);
    static final String CONFIRMED = "Confirmed: Discovery Call with Cole Closer";
    static final String IN_ONE_HOUR = "In one hour: Discovery Call with Cole Closer";

    static TwoReplicas platform;
    static TopicProbe probe;

    @BeforeAll
    static void startReplicas() throws Exception {
        platform = TwoReplicas.start();
        probe = new TopicProbe();
    }

    @AfterAll
    static void stopReplicas() {
        try {
            if (platform != null) {
                platform.close();
            }
        } finally {
            if (probe != null) {
                probe.close();
            }
        }
    }

    @Test
    void shouldShareTheWorkAndDoNothingTwice() throws Exception {
        ReplicaDatabase db = platform.database;
        long began = System.nanoTime();
        Bookings bookings = new Bookings();
        String endpointId = openWorkspaceWithEndpoint(bookings);

        Instant start = Instant.now().plus(Duration.ofHours(1)).plus(REMINDER_LEAD).truncatedTo(ChronoUnit.SECONDS);
        List<CloudEvent> booked = IntStream.rangeClosed(1, BOOKINGS).mapToObj(n -> bookings.callBooked(n, start))
                .toList();
        TwoReplicas.publish(Topics.SCHEDULING, booked);
        awaitConsumed(bookings);
        long consumed = System.nanoTime();
        // A reminder is planned unless its booking was consumed after it fell due (only on a starved machine).
        Set<String> reminded = db.rows("select call_id::text from scheduled_notification where workspace_id = ?"
                + " and kind = 'REMINDER_1H' and status <> 'SKIPPED'", bookings.workspaceId).stream()
                .map(row -> (String) row.get(0)).collect(Collectors.toSet());
        assertThat(reminded).as("one-hour reminders planned").isNotEmpty();
        int messages = BOOKINGS + reminded.size();
        awaitSettled(bookings, messages);
        long settled = System.nanoTime();

        // Webhooks: every delivery failed once and succeeded once, under one webhook-id, never a third time.
        List<FlakyReceiver.Request> requests = platform.receiver.requests();
        Map<String, List<FlakyReceiver.Request>> byWebhookId = requests.stream()
                .collect(groupingBy(FlakyReceiver.Request::webhookId));
        assertThat(requests).hasSize(2 * BOOKINGS);
        assertThat(byWebhookId).hasSize(BOOKINGS).allSatisfy((id, attempts) -> {
            assertThat(attempts).extracting(FlakyReceiver.Request::status).containsExactly(500, 200);
            assertThat(attempts).extracting(FlakyReceiver.Request::callId).containsOnly(attempts.get(0).callId());
        });
        assertThat(byWebhookId.values().stream().map(attempts -> attempts.get(0).callId()))
                .containsExactlyInAnyOrderElementsOf(booked.stream().map(CloudEvent::subject).toList());
        assertThat(db.count("select count(*) from webhook_delivery where endpoint_id = ?::uuid and status = 'DELIVERED'"
                + " and attempt_count = 2", endpointId)).isEqualTo(BOOKINGS);

        // Emails: one confirmation per invitee and one reminder per planned reminder, each exactly once.
        List<MailCatcher.Mail> mails = platform.mail.received();
        assertThat(mails.stream().map(m -> m.to() + " " + m.subject()))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, BOOKINGS).boxed().flatMap(n ->
                        reminded.contains(booked.get(n - 1).subject())
                                ? Stream.of(Bookings.invitee(n) + " " + CONFIRMED,
                                        Bookings.invitee(n) + " " + IN_ONE_HOUR)
                                : Stream.of(Bookings.invitee(n) + " " + CONFIRMED)).toList());

        // notification.sent.v1: one per message sent, though both relays run, and none lost.
        List<CloudEvent> sent = probe.events(Topics.NOTIFICATIONS).stream()
                .filter(e -> bookings.workspaceId.equals(e.workspaceId())).toList();
        Set<String> published = sent.stream().map(CloudEvent::id).collect(Collectors.toSet());
        assertThat(db.rows("select ref from replica_work where kind = 'relayed' and detail = 'notification.sent.v1'")
                .stream().map(row -> (String) row.get(0)).filter(id -> !published.contains(id)).toList())
                .as("events the relays deleted from the outbox but never published").isEmpty();
        assertThat(sent).extracting(CloudEvent::type).containsOnly("notification.sent.v1");
        assertThat(sent).hasSize(messages);
        assertThat(published).hasSize(messages);
        assertThat(sent.stream().map(e -> e.data().path("notificationId").asText()).distinct()).hasSize(messages);
        assertThat(sent.stream().map(e -> e.data().path("callId").asText() + " " + e.data().path("kind").asText()
                + " " + e.data().path("channel").asText())).containsExactlyInAnyOrderElementsOf(booked.stream()
                .map(CloudEvent::subject).flatMap(call -> reminded.contains(call)
                        ? Stream.of(call + " CONFIRMATION EMAIL", call + " REMINDER_1H EMAIL")
                        : Stream.of(call + " CONFIRMATION EMAIL")).toList());

        // Both replicas did part of every kind of work, and each claim was worked exactly once.
        Map<String, Long> consumedBy = db.workByReplica("consumed", "call.booked.v1");
        Map<String, Long> deliveryClaims = db.workByReplica("delivery-claimed", null);
        Map<String, Long> deliveryAttempts = db.workByReplica("delivery-attempted", null);
        Map<String, Long> notificationClaims = db.workByReplica("notification-claimed", null);
        Map<String, Long> notificationsSent = db.workByReplica("notification-sent", null);
        Map<String, Long> emailsBySender = mails.stream().collect(groupingBy(MailCatcher.Mail::from, counting()));
        System.out.printf("TwoReplicasIT: %d bookings consumed after %d s, all settled after %d s; %d webhook requests,"
                        + " %d emails, %d notification.sent.v1; consumed %s, delivery claims %s, delivery attempts %s,"
                        + " notification claims %s, notifications sent %s, emails by sender %s, events relayed %s%n",
                BOOKINGS, (consumed - began) / 1_000_000_000, (settled - began) / 1_000_000_000, requests.size(),
                mails.size(), sent.size(), consumedBy, deliveryClaims, deliveryAttempts, notificationClaims,
                notificationsSent, emailsBySender, db.workByReplica("relayed", null));
        for (Map<String, Long> work : List.of(consumedBy, deliveryAttempts, notificationsSent)) {
            assertThat(work).containsOnlyKeys("replica-a", "replica-b")
                    .allSatisfy((replica, n) -> assertThat(n).isPositive());
        }
        assertThat(emailsBySender).hasSize(2);
        assertThat(sum(consumedBy)).isEqualTo(BOOKINGS);
        assertThat(sum(deliveryClaims)).isEqualTo(sum(deliveryAttempts)).isEqualTo(2 * BOOKINGS);
        assertThat(sum(notificationClaims)).isEqualTo(sum(notificationsSent)).isEqualTo(messages);
        assertThat(platform.replicas).allMatch(Replica::isAlive);
    }

    /**
     * Announces the workspace and its members as contacts-service does, then registers the webhook endpoint
     * through replica A and reads it through replica B.
     */
    private static String openWorkspaceWithEndpoint(Bookings bookings) {
        TwoReplicas.publish(Topics.CONTACTS, bookings.workspace());
        await("workspace applied").atMost(Duration.ofMinutes(1)).until(() -> platform.database.count(
                "select count(*) from known_user where workspace_id = ?", bookings.workspaceId) == 2);
        String manager = Tokens.user(bookings.workspaceId, bookings.managerId, "MANAGER");
        String endpointId = given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("url", platform.receiver.url(), "eventTypes", List.of("call.booked")))
                .post(platform.a().url("/api/v1/webhook-endpoints")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(manager).get(platform.b().url("/api/v1/webhook-endpoints/" + endpointId))
                .then().statusCode(200);
        return endpointId;
    }

    /** Waits until every booking is consumed; on time-out says how far it got and what the sessions wait for. */
    private static void awaitConsumed(Bookings bookings) throws Exception {
        ReplicaDatabase db = platform.database;
        String calls = "select count(*) from known_call where workspace_id = ?";
        try {
            await("bookings consumed").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> db.count(calls, bookings.workspaceId) == BOOKINGS);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(db.count(calls, bookings.workspaceId) + " of " + BOOKINGS
                    + " bookings consumed; busy sessions: " + db.activity(), e);
        }
    }

    /** What is left to do and what was observed; settled when nothing is pending and everything arrived. */
    record Progress(long pendingDeliveries, long pendingNotifications, long outbox, int webhookRequests, int emails) {
        boolean settled(int messages) {
            return pendingDeliveries == 0 && pendingNotifications == 0 && outbox == 0
                    && webhookRequests >= 2 * BOOKINGS && emails >= messages;
        }
    }

    /** Waits until nothing is left to do: no delivery or message pending, the outbox empty, all of it observed. */
    private static void awaitSettled(Bookings bookings, int messages) {
        ReplicaDatabase db = platform.database;
        AtomicReference<Progress> last = new AtomicReference<>();
        try {
            await("all work done").atMost(REMINDER_LEAD.plus(Duration.ofMinutes(3))).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        last.set(new Progress(db.count("select count(*) from webhook_delivery where workspace_id = ?"
                                + " and status = 'PENDING'", bookings.workspaceId),
                                db.count("select count(*) from scheduled_notification where workspace_id = ?"
                                        + " and status = 'PENDING'", bookings.workspaceId),
                                db.count("select count(*) from outbox_event"),
                                platform.receiver.requests().size(), platform.mail.received().size()));
                        return last.get().settled(messages);
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("work not settled: " + last.get() + "; replica logs in " + TwoReplicas.DIR, e);
        }
    }

    private static long sum(Map<String, Long> work) {
        return work.values().stream().mapToLong(Long::longValue).sum();
    }
}
