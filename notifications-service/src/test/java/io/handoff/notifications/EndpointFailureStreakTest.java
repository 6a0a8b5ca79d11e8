package io.handoff.notifications;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** An endpoint whose every attempt failed for five days is disabled, and webhook.delivery-failed.v1 says so. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class EndpointFailureStreakTest {

    private static final String ENDPOINTS = "/api/v1/webhook-endpoints/";

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
    void shouldDisableAnEndpointThatFailedForFiveDaysStraight() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String id = ws.createEndpoint(receiver.url("broken")).getString("id");
        receiver.answerAlways("broken", 503);
        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));
        var first = Deliveries.awaitNewest(ws, id, "PENDING", 1);
        Instant streakStart = Instant.parse((String) Deliveries.attempts(first).get(0).get("attemptedAt"));

        clock.advance(Duration.ofDays(3));
        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));
        awaitAttempts(ws, id, 2, 1);
        endpoint(ws, id).body("enabled", equalTo(true)).body("failingSince", equalTo(streakStart.toString()));

        clock.advance(Duration.ofDays(2).plusMinutes(1));

        CloudEvent disabled = probe.awaitOne(Topics.NOTIFICATIONS, e -> e.type().equals("webhook.delivery-failed.v1")
                && id.equals(e.data().path("endpointId").asText()));
        assertThat(disabled.data().path("endpointDisabled").asBoolean()).isTrue();
        assertThat(disabled.data().path("lastStatus").asInt()).isEqualTo(503);
        endpoint(ws, id).body("enabled", equalTo(false)).body("disabledReason", containsString("5 days"));
        assertThat(Deliveries.statuses(ws, id)).contains("FAILED");
        assertThat(probe.events(Topics.NOTIFICATIONS)).filteredOn(e -> e.type().equals("webhook.delivery-failed.v1")
                && id.equals(e.data().path("endpointId").asText())).hasSize(1);

        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .patch(ENDPOINTS + id).then().statusCode(200).body("enabled", equalTo(true))
                .body("failingSince", nullValue());
    }

    @Test
    void shouldCountTheFiveDaysFromTheFirstFailureAfterTheLastSuccess() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String id = ws.createEndpoint(receiver.url("wobbly")).getString("id");
        receiver.answer("wobbly", 503);
        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));
        Deliveries.awaitNewest(ws, id, "PENDING", 1);
        endpoint(ws, id).body("failingSince", notNullValue());

        clock.advance(Duration.ofMinutes(1));
        Deliveries.awaitNewest(ws, id, "DELIVERED", 2);
        endpoint(ws, id).body("failingSince", nullValue());

        receiver.answerAlways("wobbly", 503);
        clock.advance(Duration.ofDays(3));
        probe.publish(Topics.SCHEDULING, SampleEvents.callBooked(ws));
        Deliveries.awaitNewest(ws, id, "PENDING", 1);
        clock.advance(Duration.ofDays(2).plusMinutes(1));

        Deliveries.awaitNewest(ws, id, "PENDING", 2);
        endpoint(ws, id).body("enabled", equalTo(true)).body("failingSince", notNullValue());
    }

    private static io.restassured.response.ValidatableResponse endpoint(TestWorkspace ws, String id) {
        return given().auth().oauth2(ws.adminToken()).get(ENDPOINTS + id).then().statusCode(200);
    }

    /** Waits until the endpoint has this many deliveries, each with at least so many attempts. */
    private static void awaitAttempts(TestWorkspace ws, String id, int deliveries, int attempts) {
        await().atMost(Duration.ofSeconds(20)).until(() -> ws.deliveries(id).getList("items", Map.class),
                items -> items.size() == deliveries && items.stream()
                        .allMatch(d -> ((List<?>) d.get("attempts")).size() >= attempts));
    }
}
