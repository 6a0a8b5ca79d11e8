package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What FaultsIT reads back after the faults: contacts, journeys, approvals, calls and analytics of its workspace. */
final class FaultChecks {

    private static final Duration SETTLE = Duration.ofSeconds(300);

    private final Scenario scenario;

    FaultChecks(Scenario scenario) {
        this.scenario = scenario;
    }

    Map<String, JsonNode> contactsByEmail() {
        Map<String, JsonNode> found = new HashMap<>();
        pages(scenario.e2e.contacts("/contacts?limit=500"), c -> found.put(c.path("email").asText(), c));
        return found;
    }

    void assertOneLeadCapturedEntryEach(Set<String> leads, Map<String, JsonNode> contacts) {
        for (String email : leads) {
            List<String> kinds = scenario.journeyKinds(contacts.get(email).path("id").asText());
            assertThat(kinds).as("journey of %s", email).containsOnlyOnce("LEAD_CAPTURED");
        }
    }

    /** Waits until every approval is BOOKED; its call, by approval id. */
    Map<String, String> awaitBooked(Set<String> approvalIds) {
        Map<String, String> calls = new HashMap<>();
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String id : approvalIds) {
                if (calls.containsKey(id)) {
                    continue;
                }
                Http.Answer approval = Http.send("GET", scenario.e2e.contacts("/approvals/" + id),
                        scenario.workspace.admin.token(), null);
                assertThat(approval.field("status")).as("approval %s: %s", id, approval).isEqualTo("BOOKED");
                calls.put(id, approval.field("callId"));
            }
        });
        assertThat(Set.copyOf(calls.values())).as("one call per approval").hasSize(approvalIds.size());
        return calls;
    }

    /** The workspace's strategy calls, upcoming and past; no invitee has two. */
    Set<String> strategyCalls() {
        Map<String, String> invitees = new HashMap<>();
        for (String tab : List.of("upcoming", "past")) {
            pages(scenario.e2e.scheduling("/calls?tab=" + tab + "&eventTypeId=" + scenario.strategyId + "&limit=500"),
                    call -> invitees.put(call.path("id").asText(), call.path("invitee").path("email").asText()));
        }
        assertThat(Set.copyOf(invitees.values())).as("invitees of the strategy calls").hasSize(invitees.size());
        return invitees.keySet();
    }

    /** outcomes-service counted every stored lead and every booked call, once. */
    void assertAnalyticsCount(long leads, long strategyCalls) {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        String url = scenario.e2e.outcomes("/analytics/summary?from=" + today.minusDays(1) + "&to="
                + today.plusDays(3));
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Http.Answer summary = Http.send("GET", url, scenario.workspace.admin.token(), null);
            assertThat(summary.status()).as("summary: %s", summary).isEqualTo(200);
            JsonNode total = summary.json().path("total");
            assertThat(total.path("leadsCaptured").asLong()).as("leads captured: %s", total).isEqualTo(leads);
            assertThat(total.path("callsBooked").asLong()).as("calls booked: %s", total).isEqualTo(strategyCalls);
        });
    }

    private void pages(String firstUrl, Consumer<JsonNode> item) {
        String cursor = null;
        do {
            Http.Answer page = Http.send("GET", firstUrl + (cursor == null ? "" : "&cursor=" + cursor),
                    scenario.workspace.admin.token(), null);
            assertThat(page.status()).as("%s: %s", firstUrl, page).isEqualTo(200);
            page.json().path("items").forEach(item);
            JsonNode next = page.json().path("nextCursor");
            cursor = next.isTextual() && !next.asText().isBlank()
                    ? URLEncoder.encode(next.asText(), StandardCharsets.UTF_8) : null;
        } while (cursor != null);
    }
}
