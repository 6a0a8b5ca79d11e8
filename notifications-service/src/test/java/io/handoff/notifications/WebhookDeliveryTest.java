package io.handoff.notifications;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Topics;
import io.handoff.events.deals.DealDeleted;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Consumed events become signed webhook deliveries: exactly once per endpoint, retried, logged. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class WebhookDeliveryTest {

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
    void shouldDeliverASignedCallBookedThatSaysWhoSetTheCall() {
        TestWorkspace ws = TestWorkspace.open(probe);
        var endpoint = ws.createEndpoint(receiver.url("zapier"), "call.*");
        CloudEvent booked = SampleEvents.callBooked(ws);
        long before = clock.instant().getEpochSecond();

        probe.publish(Topics.SCHEDULING, booked);

        var request = receiver.awaitRequests("zapier", 1).get(0);
        long after = clock.instant().getEpochSecond();
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(Long.parseLong(request.header("webhook-timestamp"))).isBetween(before, after);
        assertThat(request.header("webhook-signature"))
                .isEqualTo(Signatures.expected(endpoint.getString("secret"), request));
        JsonPath body = JsonPath.from(request.body());
        assertThat(body.getString("type")).isEqualTo("call.booked");
        assertThat(Instant.parse(body.getString("timestamp"))).isEqualTo(booked.time());
        assertThat(body.getString("data.callId")).isEqualTo(booked.subject());
        assertThat(body.getMap("data.setBy")).isEqualTo(Map.of("userId", ws.userId().toString(),
                "name", "Sam Setter", "email", "sam@example.com"));

        var delivery = Deliveries.awaitNewest(ws, endpoint.getString("id"), "DELIVERED");
        assertThat(delivery.get("webhookId")).isEqualTo(request.header("webhook-id"));
        assertThat(delivery.get("eventId")).isEqualTo(booked.id());
        assertThat((List<?>) delivery.get("attempts")).singleElement()
                .satisfies(a -> assertThat(((Map<?, ?>) a).get("httpStatus")).isEqualTo(200));
        TestWorkspace stranger = TestWorkspace.open(probe);
        given().auth().oauth2(stranger.adminToken()).get("/api/v1/deliveries/" + delivery.get("id")).then().statusCode(404);
        given().auth().oauth2(stranger.adminToken()).post("/api/v1/deliveries/" + delivery.get("id") + "/replay")
                .then().statusCode(404);
    }

    @Test
    void shouldRetryAfterAServerErrorWithTheSameWebhookId() {
        TestWorkspace ws = TestWorkspace.open(probe);
        var endpoint = ws.createEndpoint(receiver.url("flaky"));
        receiver.answer("flaky", 500, 200);
        receiver.answerWithBody("flaky", "x".repeat(5000));

        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));
        receiver.awaitRequests("flaky", 1);
        var pending = Deliveries.awaitNewest(ws, endpoint.getString("id"), "PENDING", 1);
        Instant firstAttempt = Instant.parse((String) Deliveries.attempts(pending).get(0).get("attemptedAt"));
        assertThat(Instant.parse((String) pending.get("nextAttemptAt"))).isAfter(firstAttempt.plusMillis(4400));
        clock.advance(Duration.ofSeconds(6));

        var requests = receiver.awaitRequests("flaky", 2);
        var delivered = Deliveries.awaitNewest(ws, endpoint.getString("id"), "DELIVERED");
        assertThat(requests.get(1).header("webhook-id")).isEqualTo(requests.get(0).header("webhook-id"))
                .isEqualTo(delivered.get("webhookId"));
        assertThat(requests.get(1).header("webhook-timestamp")).isNotEqualTo(requests.get(0).header("webhook-timestamp"));
        requests.forEach(r -> assertThat(r.header("webhook-signature"))
                .isEqualTo(Signatures.expected(endpoint.getString("secret"), r)));
        var log = Deliveries.attempts(delivered);
        assertThat(log).extracting(a -> a.get("httpStatus")).containsExactly(500, 200);
        assertThat((String) log.get(0).get("responseExcerpt")).hasSize(1024);
        assertThat(log).allSatisfy(a -> assertThat(((Number) a.get("latencyMs")).longValue()).isNotNegative());
    }

    @Test
    void shouldDisableTheEndpointWhenTheReceiverIsGone() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String gone = ws.createEndpoint(receiver.url("gone")).getString("id");
        String alive = ws.createEndpoint(receiver.url("alive")).getString("id");
        receiver.answerAlways("gone", 410);

        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));

        Deliveries.awaitNewest(ws, gone, "FAILED");
        given().auth().oauth2(ws.adminToken()).get("/api/v1/webhook-endpoints/" + gone).then()
                .body("enabled", equalTo(false)).body("disabledReason", containsString("410"));
        CloudEvent failed = probe.awaitOne(Topics.NOTIFICATIONS, e -> e.type().equals("webhook.delivery-failed.v1")
                && gone.equals(e.data().path("endpointId").asText()));
        assertThat(failed.data().path("endpointDisabled").asBoolean()).isTrue();
        assertThat(failed.data().path("lastStatus").asInt()).isEqualTo(410);
        assertThat(failed.workspaceId()).isEqualTo(ws.id());

        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));
        receiver.awaitRequests("alive", 2);
        assertThat(ws.deliveries(gone).getList("items")).hasSize(1);
        assertThat(receiver.requests("gone")).hasSize(1);
    }

    @Test
    void shouldFailAtOnceOnAClientError() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String id = ws.createEndpoint(receiver.url("strict")).getString("id");
        receiver.answerAlways("strict", 400);

        probe.publish(Topics.DEALS, dealDeleted(ws));

        var failed = Deliveries.awaitNewest(ws, id, "FAILED");
        assertThat(Deliveries.attempts(failed)).hasSize(1);
        CloudEvent event = probe.awaitOne(Topics.NOTIFICATIONS, e -> e.type().equals("webhook.delivery-failed.v1")
                && id.equals(e.data().path("endpointId").asText()));
        assertThat(event.data().path("endpointDisabled").asBoolean()).isFalse();
        assertThat(event.data().path("eventType").asText()).isEqualTo("deal.deleted");
        given().auth().oauth2(ws.adminToken()).get("/api/v1/webhook-endpoints/" + id).then().body("enabled", equalTo(true));
    }

    @Test
    void shouldNotLetASlowEndpointHoldUpTheOthers() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String slow = ws.createEndpoint(receiver.url("slow")).getString("id");
        String fast = ws.createEndpoint(receiver.url("fast")).getString("id");
        receiver.hold("slow");

        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));

        receiver.awaitRequests("slow", 1);
        Deliveries.awaitNewest(ws, fast, "DELIVERED");
        var stillWaiting = ws.deliveries(slow).getList("items", Map.class).get(0);
        assertThat(stillWaiting.get("status")).isEqualTo("PENDING");
        assertThat((List<?>) stillWaiting.get("attempts")).isEmpty();

        receiver.release();
        Deliveries.awaitNewest(ws, slow, "DELIVERED");
        assertThat(receiver.requests("slow")).hasSize(1);
    }

    private static CloudEvent dealDeleted(TestWorkspace ws) {
        UUID dealId = UUID.randomUUID();
        return CloudEvent.of(EventType.DEAL_DELETED, "/handoff/deals-service", ws.id(), dealId.toString(),
                new DealDeleted(dealId, UUID.randomUUID(), null), Instant.now());
    }
}
