package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The journey after the strategy call is booked: the call ends, the closer records a SALE, a WON deal with a
 * product follows, the contact becomes a Customer, analytics count it and credit the setter, and the card and
 * the journey show every step. outcomes-service runs 30 days ahead (E2ePlatform), so the call has ended for it.
 */
final class SaleSteps {

    static final String DEAL_VALUE = "2500.00";

    private final Scenario scenario;
    private final Runnable hop;

    SaleSteps(Scenario scenario, Runnable hop) {
        this.scenario = scenario;
        this.hop = hop;
    }

    void closeAndCount(String contactId, String discoveryCallId, String callId, String closerId) {
        E2ePlatform e2e = scenario.e2e;
        String closerToken = closerId.equals(scenario.closerOne.id()) ? scenario.closerOne.token()
                : scenario.closerTwo.token();

        Http.Answer sale = scenario.accepted("PUT", e2e.outcomes("/calls/" + callId + "/outcome"), closerToken,
                Map.of("result", "SALE", "objection", "MONEY", "notes", "Paid in full"));
        assertThat(sale.field("result")).as("sale: %s", sale).isEqualTo("SALE");
        assertThat(sale.field("objection")).isEqualTo("MONEY");
        hop.run();

        String productId = scenario.accepted("POST", e2e.deals("/products"), scenario.workspace.admin.token(),
                Map.of("name", "Coaching " + UUID.randomUUID().toString().substring(0, 6), "defaultPrice", DEAL_VALUE))
                .field("id");
        Http.Answer deal = scenario.accepted("POST", e2e.deals("/deals"), closerToken, Map.of("contactId", contactId,
                "callId", callId, "value", DEAL_VALUE, "paymentType", "WON", "productId", productId));
        assertThat(deal.status()).as("deal: %s", deal).isEqualTo(201);
        assertThat(deal.field("closerId")).isEqualTo(closerId);
        assertThat(deal.field("setterId")).isEqualTo(scenario.setter.id());
        hop.run();

        String customer = scenario.stageId("Customer");
        await().atMost(Scenario.PATIENCE).untilAsserted(() ->
                assertThat(scenario.contact(contactId).path("stageId").asText()).isEqualTo(customer));
        hop.run();

        assertAnalytics(closerId);
        assertCard(contactId, discoveryCallId, callId);
        assertJourney(contactId);
    }

    /** A range of local days around today in the workspace's zone: the calls start within two days. */
    private String range() {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        return "from=" + today.minusDays(1) + "&to=" + today.plusDays(3);
    }

    private void assertAnalytics(String closerId) {
        String admin = scenario.workspace.admin.token();
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            Http.Answer summary = Http.send("GET", scenario.e2e.outcomes("/analytics/summary?" + range()
                    + "&groupBy=closer"), admin, null);
            assertThat(summary.status()).as("summary: %s", summary).isEqualTo(200);
            JsonNode total = summary.json().path("total");
            assertThat(total.path("leadsCaptured").asLong()).as("total %s", total).isEqualTo(1);
            assertThat(total.path("leadsQualified").asLong()).isEqualTo(1);
            assertThat(total.path("callsBooked").asLong()).as("discovery + strategy").isEqualTo(2);
            assertThat(total.path("callsHeld").asLong()).isEqualTo(2);
            assertThat(total.path("strategyCallsHeld").asLong()).isEqualTo(1);
            assertThat(total.path("wonDeals").asLong()).isEqualTo(1);
            assertThat(total.path("closingRate").asText()).isEqualTo("1.0000");
            assertThat(total.path("revenue").asText()).isEqualTo(DEAL_VALUE);
            assertThat(total.path("objections").path("MONEY").asLong()).isEqualTo(1);
            JsonNode closer = group(summary.json().path("groups"), "key", closerId);
            assertThat(closer.path("callsBooked").asLong()).as("closer %s", closer).isEqualTo(1);
            assertThat(closer.path("callsHeld").asLong()).isEqualTo(1);
            assertThat(closer.path("strategyCallsHeld").asLong()).isEqualTo(1);
            assertThat(closer.path("closingRate").asText()).isEqualTo("1.0000");
            assertThat(closer.path("revenue").asText()).isEqualTo(DEAL_VALUE);
        });
        hop.run();
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            Http.Answer setters = Http.send("GET", scenario.e2e.outcomes("/analytics/setters?" + range()), admin,
                    null);
            assertThat(setters.status()).as("setters: %s", setters).isEqualTo(200);
            JsonNode setter = group(setters.json().path("items"), "userId", scenario.setter.id());
            assertThat(setter.path("claimed").asLong()).as("setter %s", setter).isEqualTo(1);
            assertThat(setter.path("approved").asLong()).isEqualTo(1);
            assertThat(setter.path("callsSet").asLong()).isEqualTo(1);
            assertThat(setter.path("callsHeld").asLong()).isEqualTo(1);
            assertThat(setter.path("callsClosed").asLong()).isEqualTo(1);
            assertThat(setter.path("revenue").asText()).isEqualTo(DEAL_VALUE);
        });
        hop.run();
    }

    private void assertCard(String contactId, String discoveryCallId, String callId) {
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            Http.Answer card = Http.send("GET", scenario.e2e.contacts("/contacts/" + contactId + "/card"),
                    scenario.workspace.admin.token(), null);
            assertThat(card.status()).as("card: %s", card).isEqualTo(200);
            JsonNode deals = card.json().path("deals");
            assertThat(deals).as("card deals: %s", deals).hasSize(1);
            assertThat(deals.get(0).path("value").asText()).isEqualTo(DEAL_VALUE);
            assertThat(deals.get(0).path("paymentType").asText()).isEqualTo("WON");
            assertThat(deals.get(0).path("productName").asText()).startsWith("Coaching ");
            List<JsonNode> calls = StreamSupport.stream(card.json().path("upcomingCalls").spliterator(), false)
                    .toList();
            List<JsonNode> past = StreamSupport.stream(card.json().path("pastCalls").spliterator(), false).toList();
            List<JsonNode> all = new java.util.ArrayList<>(calls);
            all.addAll(past);
            assertThat(group(all, "id", discoveryCallId).path("outcome").asText()).isEqualTo("APPROVED");
            assertThat(group(all, "id", callId).path("outcome").asText()).isEqualTo("SALE");
            assertThat(group(all, "id", callId).path("setById").asText()).isEqualTo(scenario.setter.id());
        });
        hop.run();
    }

    /**
     * Every step in order. Outcomes are dated by outcomes-service's clock, 30 days ahead in this suite, so the
     * two OUTCOME_RECORDED entries come last, in their own order; every other step is in the order it happened.
     */
    private void assertJourney(String contactId) {
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            List<String> steps = scenario.journey(contactId).stream().map(entry -> entry.path("kind").asText()
                    + (entry.path("details").has("result") ? ":" + entry.path("details").path("result").asText()
                    : "")).toList();
            assertThat(steps).as("journey").containsSubsequence("LEAD_CAPTURED", "OWNER_ASSIGNED", "CALL_BOOKED",
                    "APPROVAL_REQUESTED", "CALL_BOOKED", "STAGE_CHANGED", "DEAL_CREATED", "OUTCOME_RECORDED:APPROVED",
                    "OUTCOME_RECORDED:SALE");
            assertThat(steps).containsOnlyOnce("OUTCOME_RECORDED:APPROVED", "OUTCOME_RECORDED:SALE",
                    "DEAL_CREATED", "APPROVAL_REQUESTED");
        });
        hop.run();
    }

    private static JsonNode group(Iterable<JsonNode> items, String field, String value) {
        for (JsonNode item : items) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value + " in " + items);
    }
}
