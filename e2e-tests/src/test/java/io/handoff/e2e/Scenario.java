package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.handoff.launcher.token.Role;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A sales team set up through the public API: a setter, two closers, a discovery and a strategy event type. */
final class Scenario {

    static final String BUDGET = "Monthly budget";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    final E2ePlatform e2e;
    final TestWorkspace workspace;
    final TestWorkspace.Member setter;
    final TestWorkspace.Member closerOne;
    final TestWorkspace.Member closerTwo;
    final String discoveryId;
    final String strategyId;

    private Scenario(E2ePlatform e2e, String prefix) {
        this.e2e = e2e;
        workspace = TestWorkspace.open(e2e, prefix);
        setter = workspace.addUser("Sam Setter", Role.USER);
        closerOne = workspace.addUser("Cole Closer", Role.USER);
        closerTwo = workspace.addUser("Cleo Closer", Role.USER);
        for (TestWorkspace.Member host : List.of(setter, closerOne, closerTwo)) {
            accepted("PUT", e2e.scheduling("/hosts/" + host.id() + "/availability"), workspace.admin.token(),
                    availability());
        }
        discoveryId = accepted("POST", e2e.scheduling("/event-types"), workspace.admin.token(), Map.of(
                "name", "Discovery Call", "kind", "DISCOVERY", "durationMinutes", 15, "assignment", "ROUND_ROBIN",
                "hosts", List.of(Map.of("userId", setter.id(), "weight", 1)),
                "questions", List.of(Map.of("label", BUDGET, "type", "SINGLE", "required", true,
                        "options", List.of("Under $1k", "$1k-$5k", "Over $5k"))),
                "disqualificationRules", List.of(Map.of("question", BUDGET, "values", List.of("Under $1k")))))
                .field("id");
        strategyId = accepted("POST", e2e.scheduling("/event-types"), workspace.admin.token(), Map.of(
                "name", "Strategy Call", "kind", "STRATEGY", "durationMinutes", 15, "assignment", "ROUND_ROBIN",
                "hosts", List.of(Map.of("userId", closerOne.id(), "weight", 1),
                        Map.of("userId", closerTwo.id(), "weight", 1)),
                "questions", List.of(), "disqualificationRules", List.of(), "requiresApprovedDiscovery", false))
                .field("id");
    }

    static Scenario open(E2ePlatform e2e, String prefix) {
        return new Scenario(e2e, prefix);
    }

    /** Every day, all day, in UTC, with no notice: the earliest slot is minutes away. */
    static Map<String, Object> availability() {
        List<Map<String, String>> weekly = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(day -> Map.of("day", day.name(), "start", "00:00", "end", "24:00")).toList();
        return Map.of("timeZone", "UTC", "weekly", weekly, "bufferBeforeMinutes", 0, "bufferAfterMinutes", 0,
                "minimumNoticeMinutes", 0, "maxCallsPerDay", 100);
    }

    /**
     * Sends until the answer is a success: what contacts-service just created reaches the other services through
     * Kafka a moment later, and until then they answer 4xx.
     */
    Http.Answer accepted(String method, String url, String token, Object body) {
        AtomicReference<Http.Answer> last = new AtomicReference<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Http.Answer answer = Http.send(method, url, token, body);
            last.set(answer);
            assertThat(answer.status()).as("%s %s: %s", method, url, answer).isBetween(200, 299);
        });
        return last.get();
    }

    /** Open slots (UTC instants) of an event type from today on, as a member sees them. */
    List<String> slots(String eventTypeId, String token, String hostId) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String url = e2e.scheduling("/event-types/" + eventTypeId + "/slots?from=" + today + "&to="
                + today.plusDays(2) + "&timeZone=UTC" + (hostId == null ? "" : "&hostId=" + hostId));
        Http.Answer answer = Http.send("GET", url, token, null);
        assertThat(answer.status()).as("slots: %s", answer).isEqualTo(200);
        List<String> starts = new java.util.ArrayList<>();
        for (JsonNode slot : answer.json().path("slots")) {
            starts.add(slot.path("startUtc").asText());
        }
        return starts;
    }

    String publicUrl(String eventTypeId, String tail) {
        return e2e.scheduling("/public/" + workspace.slug + "/event-types/" + eventTypeId + tail);
    }

    /** The contact the platform made of a lead's e-mail, once contacts-service has it. */
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
            found.set(match);
        });
        return found.get();
    }

    JsonNode contact(String id) {
        Http.Answer answer = Http.send("GET", e2e.contacts("/contacts/" + id), workspace.admin.token(), null);
        assertThat(answer.status()).as("contact: %s", answer).isEqualTo(200);
        return answer.json();
    }

    String stageId(String name) {
        Http.Answer stages = Http.send("GET", e2e.contacts("/stages"), workspace.admin.token(), null);
        assertThat(stages.status()).isEqualTo(200);
        JsonNode list = stages.json().isArray() ? stages.json() : stages.json().path("items");
        for (JsonNode stage : list) {
            if (stage.path("name").asText().equals(name)) {
                return stage.path("id").asText();
            }
        }
        throw new AssertionError("no stage " + name + " in " + stages);
    }

    /** Waits until the approval the 202 answer named has the status. */
    JsonNode awaitApproval(Http.Answer accepted, String status) {
        return awaitApproval(accepted, status, PATIENCE);
    }

    JsonNode awaitApproval(Http.Answer accepted, String status, Duration patience) {
        String id = accepted.field("id");
        if (id == null) {
            throw new AssertionError("no approval id in " + accepted);
        }
        AtomicReference<JsonNode> approval = new AtomicReference<>();
        await().atMost(patience).untilAsserted(() -> {
            Http.Answer answer = Http.send("GET", e2e.contacts("/approvals/" + id), workspace.admin.token(), null);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.field("status")).as("approval: %s", answer).isEqualTo(status);
            approval.set(answer.json());
        });
        return approval.get();
    }

    /** Ids of the contacts in Appointment Setting, as the member sees them. */
    List<String> appointmentSetting(String token) {
        Http.Answer list = Http.send("GET", e2e.contacts("/appointment-setting?limit=100"), token, null);
        assertThat(list.status()).as("appointment setting: %s", list).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        list.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** The contact's journey entries, oldest first. */
    List<JsonNode> journey(String contactId) {
        Http.Answer journey = Http.send("GET", e2e.contacts("/contacts/" + contactId + "/journey?limit=100"),
                workspace.admin.token(), null);
        assertThat(journey.status()).as("journey: %s", journey).isEqualTo(200);
        List<JsonNode> entries = new java.util.ArrayList<>();
        journey.json().path("items").forEach(entries::add);
        return entries;
    }

    List<String> journeyKinds(String contactId) {
        return journey(contactId).stream().map(entry -> entry.path("kind").asText()).toList();
    }

    static Map<String, String> handoffNotes() {
        return Map.of("pain", "Leads go cold", "timeline", "This quarter", "budget", "$5k a month",
                "decisionMakers", "The founder", "agreedNextStep", "Strategy call");
    }
}
