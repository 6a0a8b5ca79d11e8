package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The customer's webhook receiver is down (answers 503) while calls are booked, from inside and by approvals;
 * once it is back, every call.booked arrives, and each webhook-id arrives once.
 */
@Order(5)
@ExtendWith(PlatformExtension.class)
class WebhookOutageIT {

    private static final int INTERNAL_BOOKINGS = 3;
    private static final int APPROVALS = 3;

    private static Scenario scenario;
    private static WebhookReceiver receiver;
    private static String endpointId;

    @BeforeAll
    static void setUp(E2ePlatform e2e) {
        receiver = new WebhookReceiver();
        scenario = Scenario.open(e2e, "outage");
        Http.Answer endpoint = scenario.accepted("POST", e2e.notifications("/webhook-endpoints"),
                scenario.workspace.admin.token(), Map.of("url", receiver.url(), "eventTypes", List.of("call.booked"),
                        "enabled", true));
        receiver.trust(endpoint.field("secret"));
        endpointId = endpoint.field("id");
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void shouldDeliverEveryCallBookedOnceAfterTheReceiverReturns() {
        E2ePlatform e2e = scenario.e2e;
        String setterToken = scenario.setter.token();
        List<String> starts = scenario.slots(scenario.strategyId, setterToken, null);
        receiver.setDown(true);
        Set<String> callIds = new java.util.HashSet<>();
        for (int i = 0; i < INTERNAL_BOOKINGS; i++) {
            Http.Answer call = Http.send("POST", e2e.scheduling("/calls"), setterToken, Map.of(
                    "eventTypeId", scenario.strategyId, "start", starts.get(i + 2),
                    "invitee", Map.of("email", "outage" + i + "." + UUID.randomUUID() + "@example.com",
                            "timeZone", "UTC")), UUID.randomUUID().toString());
            assertThat(call.status()).as("internal booking: %s", call).isEqualTo(201);
            callIds.add(call.field("id"));
        }
        List<Http.Answer> approvals = new ArrayList<>();
        for (int i = 0; i < APPROVALS; i++) {
            Http.Answer contact = Http.send("POST", e2e.contacts("/contacts"), scenario.workspace.admin.token(),
                    Map.of("name", "Olive " + i, "email", "olive" + i + "@" + scenario.workspace.slug + ".test"));
            assertThat(contact.status()).as("contact: %s", contact).isEqualTo(201);
            Http.Answer approve = Http.send("PUT", e2e.contacts("/contacts/" + contact.field("id") + "/stage"),
                    setterToken, Map.of("stageId", scenario.stageId("Approved"), "handoffNotes",
                            Scenario.handoffNotes(), "booking", Map.of("eventTypeId", scenario.strategyId,
                                    "start", starts.get(INTERNAL_BOOKINGS + i + 2))));
            assertThat(approve.status()).as("approve: %s", approve).isEqualTo(202);
            approvals.add(approve);
        }
        for (Http.Answer approve : approvals) {
            callIds.add(scenario.awaitApproval(approve, "BOOKED").path("callId").asText());
        }
        int expected = INTERNAL_BOOKINGS + APPROVALS;
        // Down long enough that every delivery has failed at least twice.
        await().atMost(Scenario.PATIENCE).until(() -> receiver.refusedWhileDown() >= 2 * expected);
        assertThat(receiver.accepted()).isEmpty();
        E2eSummary.FAULTS_INJECTED.incrementAndGet();
        receiver.setDown(false);

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            List<JsonNode> deliveries = deliveries();
            assertThat(deliveries).as("deliveries").hasSize(expected);
            assertThat(deliveries).allSatisfy(d -> assertThat(d.path("status").asText()).as("%s", d)
                    .isEqualTo("DELIVERED"));
        });
        Map<String, Long> perCall = receiver.accepted().stream().filter(d -> d.type().equals("call.booked"))
                .collect(Collectors.groupingBy(d -> d.payload().path("data").path("callId").asText(),
                        Collectors.counting()));
        long missing = callIds.stream().filter(id -> !perCall.containsKey(id)).count();
        E2eSummary.EVENTS_LOST.addAndGet(missing);
        assertThat(perCall.keySet()).containsExactlyInAnyOrderElementsOf(callIds);
        Map<String, Long> perWebhookId = receiver.accepted().stream()
                .collect(Collectors.groupingBy(WebhookReceiver.Delivery::webhookId, Collectors.counting()));
        assertThat(perWebhookId).hasSize(expected);
        assertThat(perWebhookId).allSatisfy((id, count) -> assertThat(count).as("webhook-id %s", id).isEqualTo(1L));
        assertThat(receiver.refusedSignatures()).isEmpty();
    }

    private static List<JsonNode> deliveries() {
        Http.Answer page = Http.send("GET", scenario.e2e.notifications("/webhook-endpoints/" + endpointId
                + "/deliveries?limit=100"), scenario.workspace.admin.token(), null);
        assertThat(page.status()).as("deliveries: %s", page).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        page.json().path("items").forEach(items::add);
        return items;
    }
}
