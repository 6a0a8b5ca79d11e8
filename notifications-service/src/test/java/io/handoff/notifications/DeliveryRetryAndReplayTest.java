package io.handoff.notifications;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.handoff.notifications.Deliveries.attempts;
import static io.handoff.notifications.Deliveries.statuses;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Giving up after about a day of retries, manual replays, and signing through a secret rotation. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class DeliveryRetryAndReplayTest {

    /** Longer than the longest retry step (10 h) with its jitter. */
    private static final Duration PAST_ANY_RETRY = Duration.ofHours(11).plusMinutes(1);

    @Inject
    TestClock clock;

    private final TopicProbe probe = new TopicProbe();
    private final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void close() {
        receiver.close();
        probe.close();
    }

    @Test
    void shouldGiveUpAfterTheLastRetryAndDeliverOnReplay() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String endpointId = ws.createEndpoint(receiver.url("down")).getString("id");
        receiver.answerAlways("down", 503);

        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));
        for (int attempt = 1; attempt < 8; attempt++) {
            Deliveries.awaitNewest(ws, endpointId, "PENDING", attempt);
            clock.advance(PAST_ANY_RETRY);
        }

        var failed = Deliveries.awaitNewest(ws, endpointId, "FAILED", 8);
        assertThat(attempts(failed)).hasSize(8).allSatisfy(a -> assertThat(a.get("httpStatus")).isEqualTo(503));
        assertThat(failed.get("nextAttemptAt")).isNull();
        CloudEvent gaveUp = probe.awaitOne(Topics.NOTIFICATIONS, e -> e.type().equals("webhook.delivery-failed.v1")
                && failed.get("id").equals(e.data().path("deliveryId").asText()));
        assertThat(gaveUp.data().path("attempts").asInt()).isEqualTo(8);
        assertThat(gaveUp.data().path("lastStatus").asInt()).isEqualTo(503);
        assertThat(gaveUp.data().path("endpointDisabled").asBoolean()).isFalse();

        receiver.answerAlways("down", 204);
        given().auth().oauth2(ws.managerToken()).post("/api/v1/deliveries/" + failed.get("id") + "/replay").then()
                .statusCode(202).body("status", equalTo("PENDING"));

        var delivered = Deliveries.awaitNewest(ws, endpointId, "DELIVERED", 9);
        assertThat(attempts(delivered)).extracting(a -> a.get("httpStatus")).last().isEqualTo(204);
        assertThat(receiver.requests("down")).hasSize(9)
                .extracting(r -> r.header("webhook-id")).containsOnly((String) failed.get("webhookId"));
    }

    @Test
    void shouldReplayEveryFailedDeliverySinceAnInstant() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String endpointId = ws.createEndpoint(receiver.url("picky")).getString("id");
        receiver.answerAlways("picky", 422);
        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));
        awaitFailed(ws, endpointId, 1);
        clock.advance(Duration.ofMinutes(1));
        Instant since = clock.instant();

        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));
        probe.publish(Topics.SCHEDULING, SampleEvents.callCancelled(ws));
        awaitFailed(ws, endpointId, 3);
        receiver.answerAlways("picky", 200);

        given().auth().oauth2(ws.adminToken()).post("/api/v1/webhook-endpoints/" + endpointId + "/replay?since=" + since)
                .then().statusCode(202).body("replayed", equalTo(2));

        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(ws, endpointId),
                s -> s.stream().filter("DELIVERED"::equals).count() == 2);
        assertThat(statuses(ws, endpointId)).containsExactly("DELIVERED", "DELIVERED", "FAILED");
    }

    @Test
    void shouldSignWithBothSecretsForADayAfterARotation() {
        TestWorkspace ws = TestWorkspace.open(probe);
        var endpoint = ws.createEndpoint(receiver.url("rotating"));
        String oldSecret = endpoint.getString("secret");
        String newSecret = given().auth().oauth2(ws.adminToken())
                .post("/api/v1/webhook-endpoints/" + endpoint.getString("id") + "/rotate-secret")
                .then().statusCode(200).extract().path("secret");

        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));
        var duringGrace = receiver.awaitRequests("rotating", 1).get(0);
        assertThat(WebhookReceiver.signatures(duringGrace)).containsExactly(
                Signatures.expected(newSecret, duringGrace), Signatures.expected(oldSecret, duringGrace));

        clock.advance(Duration.ofHours(25));
        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));
        var afterGrace = receiver.awaitRequests("rotating", 2).get(1);
        assertThat(WebhookReceiver.signatures(afterGrace)).containsExactly(Signatures.expected(newSecret, afterGrace));
    }

    private static void awaitFailed(TestWorkspace ws, String endpointId, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(ws, endpointId),
                s -> s.size() == count && s.stream().allMatch("FAILED"::equals));
    }
}
