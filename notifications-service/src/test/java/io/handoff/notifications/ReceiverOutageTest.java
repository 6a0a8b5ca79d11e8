package io.handoff.notifications;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A receiver that is down for a while loses nothing: every delivery is retried with the same webhook-id and,
 * once the receiver is back, arrives exactly once, signed as the Standard Webhooks spec says.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class ReceiverOutageTest {

    private static final int EVENTS = 5;

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
    void shouldDeliverEveryEventSignedAndOnceWhenTheReceiverIsBack() {
        TestWorkspace ws = TestWorkspace.open(probe);
        var endpoint = ws.createEndpoint(receiver.url("zapier"), "call.booked");
        String id = endpoint.getString("id");
        receiver.stop();

        List<CloudEvent> booked = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            booked.add(SampleEvents.callBooked(ws));
            probe.publish(Topics.SCHEDULING, booked.get(i));
        }
        awaitEveryDelivery(ws, id, "PENDING", 1);
        clock.advance(Duration.ofSeconds(6));
        awaitEveryDelivery(ws, id, "PENDING", 2);
        clock.advance(Duration.ofMinutes(6));
        var down = awaitEveryDelivery(ws, id, "PENDING", 3);
        assertThat(down).allSatisfy(d -> assertThat(Deliveries.attempts(d)).allSatisfy(a -> {
            assertThat(a.get("httpStatus")).isNull();
            assertThat((String) a.get("error")).isNotBlank();
        }));
        assertThat(receiver.requests("zapier")).isEmpty();

        receiver.restart();
        clock.advance(Duration.ofMinutes(34));

        var delivered = awaitEveryDelivery(ws, id, "DELIVERED", 4);
        var requests = receiver.awaitRequests("zapier", EVENTS);
        Map<String, Long> perWebhookId = requests.stream()
                .collect(Collectors.groupingBy(r -> r.header("webhook-id"), Collectors.counting()));
        assertThat(perWebhookId).hasSize(EVENTS).allSatisfy((webhookId, count) -> assertThat(count).isEqualTo(1));
        assertThat(perWebhookId.keySet()).containsExactlyInAnyOrderElementsOf(
                delivered.stream().map(d -> (String) d.get("webhookId")).toList());
        assertThat(requests).allSatisfy(r -> assertThat(r.header("webhook-signature"))
                .isEqualTo(Signatures.expected(endpoint.getString("secret"), r)));
        Map<String, String> callIdByWebhookId = requests.stream().collect(Collectors.toMap(
                r -> r.header("webhook-id"), r -> JsonPath.from(r.body()).getString("data.callId")));
        assertThat(callIdByWebhookId.values()).containsExactlyInAnyOrderElementsOf(
                booked.stream().map(CloudEvent::subject).toList());
        assertThat(delivered).allSatisfy(d -> assertThat(callIdByWebhookId.get((String) d.get("webhookId")))
                .isEqualTo(((Map<?, ?>) ((Map<?, ?>) d.get("payload")).get("data")).get("callId")));
    }

    /** Waits until the endpoint has a delivery per event, all in this status with at least so many attempts. */
    private static List<Map<String, Object>> awaitEveryDelivery(TestWorkspace ws, String id, String status,
                                                                int attempts) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> ws.deliveries(id).<Map<String, Object>>getList("items"),
                items -> items.size() == EVENTS && items.stream().allMatch(d -> status.equals(d.get("status"))
                        && Deliveries.attempts(d).size() >= attempts));
    }
}
