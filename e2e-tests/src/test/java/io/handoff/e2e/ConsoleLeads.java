package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A fresh workspace with a discovery event type whose public form captures leads, for the console's contact and
 * stage pages: leads come in as a visitor would send them, and the contacts they become are read back through
 * the API.
 */
final class ConsoleLeads {

    static final String BUDGET = "Monthly budget";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    final E2ePlatform e2e;
    final TestWorkspace workspace;
    final String discoveryId;

    ConsoleLeads(E2ePlatform e2e, String prefix) {
        this.e2e = e2e;
        workspace = TestWorkspace.open(e2e, prefix);
        discoveryId = accepted("POST", e2e.scheduling("/event-types"), Map.of(
                "name", "Discovery Call", "kind", "DISCOVERY", "durationMinutes", 15, "assignment", "ROUND_ROBIN",
                "hosts", List.of(Map.of("userId", workspace.admin.id(), "weight", 1)),
                "questions", List.of(Map.of("label", BUDGET, "type", "SINGLE", "required", true,
                        "options", List.of("Under $1k", "$1k-$5k", "Over $5k"))),
                "disqualificationRules", List.of(Map.of("question", BUDGET, "values", List.of("Under $1k")))))
                .field("id");
    }

    /** A lead sent through the public form (completed, with a budget and UTM source); returns its contact. */
    JsonNode capture(String name, String budget, String utmSource) {
        String email = name.toLowerCase().replace(' ', '.') + "+" + UUID.randomUUID().toString().substring(0, 6)
                + "@example.com";
        Http.Answer lead = Http.send("POST", e2e.scheduling("/public/" + workspace.slug + "/event-types/" + discoveryId
                + "/leads"), null, Map.of("email", email, "name", name, "timeZone", "Europe/Berlin", "complete", true,
                "answers", Map.of(BUDGET, budget),
                "utm", Map.of("source", utmSource, "medium", "cpc", "campaign", "spring")));
        assertThat(lead.status()).as("lead: %s", lead).isBetween(200, 201);
        return contactByEmail(email);
    }

    JsonNode contactByEmail(String email) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            Http.Answer list = Http.send("GET", e2e.contacts("/contacts?q=" + email.replace("+", "%2B")),
                    workspace.admin.token(), null);
            assertThat(list.status()).isEqualTo(200);
            JsonNode match = null;
            for (JsonNode item : list.json().path("items")) {
                if (email.equalsIgnoreCase(item.path("email").asText())) {
                    match = item;
                }
            }
            assertThat(match).as("contact %s", email).isNotNull();
            // The event column reads the last event type: wait until the contact has it.
            assertThat(match.path("lastEventTypeId").asText()).isEqualTo(discoveryId);
            found.set(match);
        });
        return found.get();
    }

    JsonNode contact(String id) {
        Http.Answer answer = Http.send("GET", e2e.contacts("/contacts/" + id), workspace.admin.token(), null);
        assertThat(answer.status()).as("contact: %s", answer).isEqualTo(200);
        return answer.json();
    }

    JsonNode stages() {
        Http.Answer stages = Http.send("GET", e2e.contacts("/stages"), workspace.admin.token(), null);
        assertThat(stages.status()).isEqualTo(200);
        return stages.json().path("items");
    }

    String stageId(String name) {
        for (JsonNode stage : stages()) {
            if (stage.path("name").asText().equals(name)) {
                return stage.path("id").asText();
            }
        }
        throw new AssertionError("no stage " + name + " in " + stages());
    }

    /** Moves a contact through the API (as the admin), as another member's console would. */
    void moveTo(String contactId, String stageName) {
        Http.Answer moved = Http.send("PUT", e2e.contacts("/contacts/" + contactId + "/stage"), workspace.admin.token(),
                Map.of("stageId", stageId(stageName)));
        assertThat(moved.status()).as("move: %s", moved).isEqualTo(200);
    }

    /** Sends until a success: what contacts-service just created reaches scheduling-service a moment later. */
    private Http.Answer accepted(String method, String url, Object body) {
        AtomicReference<Http.Answer> last = new AtomicReference<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Http.Answer answer = Http.send(method, url, workspace.admin.token(), body);
            last.set(answer);
            assertThat(answer.status()).as("%s %s: %s", method, url, answer).isBetween(200, 299);
        });
        return last.get();
    }
}
