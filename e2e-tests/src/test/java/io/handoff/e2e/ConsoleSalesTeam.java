package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.handoff.launcher.token.Role;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The team the calls and analytics pages are tried with, set up through the public API: a setter who books, a
 * closer who hosts a strategy event type, a manager, a product, and contacts with strategy calls minutes ahead
 * (outcomes-service runs 30 days ahead, so they have ended for it and take outcomes at once).
 */
final class ConsoleSalesTeam {

    static final String PRICE = "2500.00";

    final E2ePlatform e2e;
    final TestWorkspace workspace;
    final TestWorkspace.Member setter;
    final TestWorkspace.Member closer;
    final TestWorkspace.Member manager;
    final String strategyId;
    final String productId;
    final String productName;
    private int slot;

    ConsoleSalesTeam(E2ePlatform e2e, String prefix) {
        this.e2e = e2e;
        workspace = TestWorkspace.open(e2e, prefix);
        setter = workspace.addUser("Sam Setter", Role.USER);
        closer = workspace.addUser("Cole Closer", Role.USER);
        manager = workspace.addUser("Mia Manager", Role.MANAGER);
        String admin = workspace.admin.token();
        accepted("PUT", e2e.scheduling("/hosts/" + closer.id() + "/availability"), admin, Scenario.availability());
        strategyId = accepted("POST", e2e.scheduling("/event-types"), admin, Map.of(
                "name", "Strategy Call", "kind", "STRATEGY", "durationMinutes", 15, "assignment", "ROUND_ROBIN",
                "hosts", List.of(Map.of("userId", closer.id(), "weight", 1)), "questions", List.of(),
                "disqualificationRules", List.of(), "requiresApprovedDiscovery", false)).field("id");
        productName = "Coaching " + UUID.randomUUID().toString().substring(0, 6);
        productId = accepted("POST", e2e.deals("/products"), admin, Map.of("name", productName, "defaultPrice", PRICE))
                .field("id");
    }

    /** A booked call: its id and its contact's. */
    record BookedCall(String id, String contactId, String name) {
    }

    /** A new contact and a strategy call the setter books for them with the closer, a few minutes ahead. */
    BookedCall book(String name) {
        return book(name, strategyId);
    }

    /** A new contact and a call of the event type the setter books for them, a few minutes ahead. */
    BookedCall book(String name, String eventTypeId) {
        String email = name.toLowerCase().replace(' ', '.') + "+" + UUID.randomUUID().toString().substring(0, 6)
                + "@example.com";
        String contactId = accepted("POST", e2e.contacts("/contacts"), workspace.admin.token(),
                Map.of("email", email, "name", name)).field("id");
        String start = slots(eventTypeId).get(slot++);
        String callId = accepted("POST", e2e.scheduling("/calls"), setter.token(), Map.of("eventTypeId", eventTypeId,
                "start", start, "contactId", contactId, "invitee", Map.of("email", email, "name", name,
                        "timeZone", "Europe/Berlin"))).field("id");
        // outcomes-service learns of the call through Kafka: until then the call is unknown there.
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            Http.Answer outcome = Http.send("GET", e2e.outcomes("/calls/" + callId + "/outcome"), closer.token(), null);
            assertThat(outcome.field("detail")).as("outcome: %s", outcome).startsWith("Outcome of call");
        });
        return new BookedCall(callId, contactId, name);
    }

    /** Waits until deals-service knows the call's SALE (its "deal missing" list names the call). */
    void awaitDealMissing(BookedCall call) {
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            Http.Answer missing = Http.send("GET", e2e.deals("/deals/missing?contactId=" + call.contactId()),
                    closer.token(), null);
            assertThat(missing.status()).as("missing: %s", missing).isEqualTo(200);
            assertThat(missing.json().path("items").findValuesAsText("callId")).contains(call.id());
        });
    }

    /** Open slots of the event type (UTC instants) from today on, the earliest minutes away. */
    private List<String> slots(String eventTypeId) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        JsonNode answer = get(e2e.scheduling("/event-types/" + eventTypeId + "/slots?from=" + today + "&to="
                + today.plusDays(2) + "&timeZone=UTC"), setter.token());
        return answer.path("slots").findValuesAsText("startUtc");
    }

    JsonNode get(String url, String token) {
        Http.Answer answer = Http.send("GET", url, token, null);
        assertThat(answer.status()).as("GET %s: %s", url, answer).isEqualTo(200);
        return answer.json();
    }

    /** Sends until the answer is a success (what one service created reaches the others a moment later). */
    Http.Answer accepted(String method, String url, String token, Object body) {
        AtomicReference<Http.Answer> last = new AtomicReference<>();
        await().atMost(Scenario.PATIENCE).pollInterval(java.time.Duration.ofMillis(500)).untilAsserted(() -> {
            Http.Answer answer = Http.send(method, url, token, body, UUID.randomUUID().toString());
            last.set(answer);
            assertThat(answer.status()).as("%s %s: %s", method, url, answer).isBetween(200, 299);
        });
        return last.get();
    }
}
