package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The customer journey from the public form to a booked strategy call, every hop asserted through the public
 * API and a signature-verifying webhook receiver; plus a rejected approval and a disqualified lead.
 */
@Order(1)
@ExtendWith(PlatformExtension.class)
class JourneyIT {

    private static Scenario scenario;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void setUp(E2ePlatform e2e) {
        receiver = new WebhookReceiver();
        scenario = Scenario.open(e2e, "journey");
        Http.Answer endpoint = scenario.accepted("POST", e2e.notifications("/webhook-endpoints"),
                scenario.workspace.admin.token(), Map.of("url", receiver.url(), "eventTypes", List.of(),
                        "description", "the customer's CRM", "enabled", true));
        receiver.trust(endpoint.field("secret"));
    }

    @AfterAll
    static void tearDown() {
        receiver.close();
    }

    @Test
    void shouldTakeALeadFromTheFormToABookedStrategyCall() {
        E2ePlatform e2e = scenario.e2e;
        String setterToken = scenario.setter.token();
        String email = "lena.lead+" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";

        Http.Answer partial = Http.send("POST", scenario.publicUrl(scenario.discoveryId, "/leads"), null,
                Map.of("email", email, "name", "Lena Lead", "timeZone", "Europe/Berlin", "complete", false));
        assertThat(partial.status()).as("partial form: %s", partial).isBetween(200, 201);
        assertThat(partial.field("status")).isEqualTo("POTENTIAL");
        hop();

        Http.Answer complete = Http.send("POST", scenario.publicUrl(scenario.discoveryId, "/leads"), null,
                Map.of("email", email, "name", "Lena Lead", "timeZone", "Europe/Berlin", "complete", true,
                        "answers", Map.of(Scenario.BUDGET, "Over $5k")));
        assertThat(complete.status()).as("completed form: %s", complete).isBetween(200, 201);
        assertThat(complete.field("status")).isEqualTo("QUALIFIED");
        hop();

        JsonNode contact = scenario.contactByEmail(email);
        String contactId = contact.path("id").asText();
        await().atMost(Scenario.PATIENCE).untilAsserted(() ->
                assertThat(scenario.contact(contactId).path("leadStatus").asText()).isEqualTo("QUALIFIED"));
        hop();

        assertThat(appointmentSetting(setterToken)).contains(contactId);
        hop();

        Http.Answer claim = Http.send("PUT", e2e.contacts("/contacts/" + contactId + "/setter-owner"), setterToken,
                Map.of("userId", scenario.setter.id()));
        assertThat(claim.status()).as("claim: %s", claim).isEqualTo(200);
        assertThat(scenario.contact(contactId).path("setterOwnerId").asText()).isEqualTo(scenario.setter.id());
        hop();

        String discoveryStart = scenario.slots(scenario.discoveryId, setterToken, null).get(0);
        Http.Answer discovery = Http.send("POST", e2e.scheduling("/calls"), setterToken, Map.of(
                "eventTypeId", scenario.discoveryId, "start", discoveryStart, "contactId", contactId,
                "invitee", Map.of("email", email, "name", "Lena Lead", "timeZone", "Europe/Berlin")),
                UUID.randomUUID().toString());
        assertThat(discovery.status()).as("discovery call: %s", discovery).isEqualTo(201);
        // The card shows the discovery call before the setter approves (approving while contacts-service applies
        // call.booked can answer 500 today: StaleObjectStateException, see the report).
        await().atMost(Scenario.PATIENCE).untilAsserted(() ->
                assertThat(journeyKinds(contactId)).contains("CALL_BOOKED"));
        hop();

        String strategyStart = scenario.slots(scenario.strategyId, setterToken, null).get(0);
        Http.Answer approve = Http.send("PUT", e2e.contacts("/contacts/" + contactId + "/stage"), setterToken,
                Map.of("stageId", scenario.stageId("Approved"),
                        "booking", Map.of("eventTypeId", scenario.strategyId, "start", strategyStart),
                        "handoffNotes", Scenario.handoffNotes()));
        assertThat(approve.status()).as("approve: %s", approve).isEqualTo(202);
        hop();

        JsonNode approval = awaitApproval(approve, "BOOKED");
        String callId = approval.path("callId").asText();
        assertThat(callId).isNotBlank();
        hop();

        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            JsonNode booked = scenario.contact(contactId);
            assertThat(booked.path("leadStatus").asText()).isEqualTo("BOOKED");
            assertThat(booked.path("setById").asText()).isEqualTo(scenario.setter.id());
        });
        hop();
        assertThat(appointmentSetting(setterToken)).doesNotContain(contactId);
        hop();

        Http.Answer call = Http.send("GET", e2e.scheduling("/calls/" + callId), setterToken, null);
        assertThat(call.status()).as("strategy call: %s", call).isEqualTo(200);
        assertThat(call.json().path("setBy").path("userId").asText()).isEqualTo(scenario.setter.id());
        assertThat(call.field("bookedVia")).isEqualTo("APPROVAL");
        assertThat(List.of(scenario.closerOne.id(), scenario.closerTwo.id()))
                .contains(call.json().path("host").path("userId").asText());
        hop();

        await().atMost(Scenario.PATIENCE).untilAsserted(() -> assertThat(receiver.accepted())
                .anySatisfy(d -> {
                    assertThat(d.type()).isEqualTo("call.booked");
                    assertThat(d.payload().path("data").toString()).contains(callId).contains("setBy")
                            .contains(scenario.setter.id());
                }));
        assertThat(receiver.refusedSignatures()).isEmpty();
        hop();

        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            List<String> kinds = journeyKinds(contactId);
            assertThat(kinds).containsSubsequence("LEAD_CAPTURED", "OWNER_ASSIGNED", "CALL_BOOKED",
                    "APPROVAL_REQUESTED", "CALL_BOOKED");
        });
        hop();
    }

    @Test
    void shouldRestoreTheStageWhenTheApprovedSlotIsTaken() {
        E2ePlatform e2e = scenario.e2e;
        String setterToken = scenario.setter.token();
        String closer = scenario.closerOne.id();
        String start = scenario.slots(scenario.strategyId, setterToken, closer).get(0);
        Http.Answer taken = Http.send("POST", e2e.scheduling("/calls"), setterToken, Map.of(
                "eventTypeId", scenario.strategyId, "hostId", closer, "start", start,
                "invitee", Map.of("email", "first." + UUID.randomUUID() + "@example.com", "timeZone", "UTC")));
        assertThat(taken.status()).as("first booking: %s", taken).isEqualTo(201);

        String email = "rita.rejected+" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        Http.Answer lead = Http.send("POST", scenario.publicUrl(scenario.discoveryId, "/leads"), null,
                Map.of("email", email, "name", "Rita", "complete", true, "answers", Map.of(Scenario.BUDGET,
                        "$1k-$5k")));
        assertThat(lead.field("status")).as("lead: %s", lead).isEqualTo("QUALIFIED");
        String contactId = scenario.contactByEmail(email).path("id").asText();
        String stageBefore = scenario.contact(contactId).path("stageId").asText();

        Http.Answer approve = Http.send("PUT", e2e.contacts("/contacts/" + contactId + "/stage"), setterToken,
                Map.of("stageId", scenario.stageId("Approved"),
                        "booking", Map.of("eventTypeId", scenario.strategyId, "hostId", closer, "start", start),
                        "handoffNotes", Scenario.handoffNotes()));
        assertThat(approve.status()).as("approve: %s", approve).isEqualTo(202);
        JsonNode rejected = awaitApproval(approve, "REJECTED");
        assertThat(rejected.path("reason").asText()).isEqualTo("SLOT_TAKEN");
        hop();
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            JsonNode restored = scenario.contact(contactId);
            assertThat(restored.path("stageId").asText()).isEqualTo(stageBefore);
            assertThat(restored.path("leadStatus").asText()).isNotEqualTo("BOOKED");
            assertThat(journeyKinds(contactId)).contains("BOOKING_REJECTED");
        });
        assertThat(appointmentSetting(setterToken)).contains(contactId);
        hop();
    }

    @Test
    void shouldDisqualifyALeadByTheFormsRules() {
        String email = "dora.disqualified+" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        Http.Answer lead = Http.send("POST", scenario.publicUrl(scenario.discoveryId, "/leads"), null,
                Map.of("email", email, "name", "Dora", "complete", true,
                        "answers", Map.of(Scenario.BUDGET, "Under $1k")));
        assertThat(lead.status()).as("lead: %s", lead).isBetween(200, 201);
        assertThat(lead.field("status")).isEqualTo("DISQUALIFIED");
        hop();
        String contactId = scenario.contactByEmail(email).path("id").asText();
        await().atMost(Scenario.PATIENCE).untilAsserted(() ->
                assertThat(scenario.contact(contactId).path("leadStatus").asText()).isEqualTo("DISQUALIFIED"));
        hop();
        Http.Answer booking = Http.send("POST", scenario.publicUrl(scenario.discoveryId, "/bookings"), null,
                Map.of("email", email, "name", "Dora", "timeZone", "UTC",
                        "start", scenario.slots(scenario.discoveryId, scenario.setter.token(), null).get(0)));
        assertThat(booking.status()).as("booking of a disqualified lead: %s", booking).isEqualTo(422);
        hop();
    }

    private static JsonNode awaitApproval(Http.Answer accepted, String status) {
        String location = accepted.json().path("id").isTextual()
                ? scenario.e2e.contacts("/approvals/" + accepted.field("id")) : null;
        if (location == null) {
            throw new AssertionError("no approval id in " + accepted);
        }
        AtomicReference<JsonNode> approval = new AtomicReference<>();
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            Http.Answer answer = Http.send("GET", location, scenario.setter.token(), null);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.field("status")).as("approval: %s", answer).isEqualTo(status);
            approval.set(answer.json());
        });
        return approval.get();
    }

    private static List<String> appointmentSetting(String token) {
        Http.Answer list = Http.send("GET", scenario.e2e.contacts("/appointment-setting?limit=100"), token, null);
        assertThat(list.status()).as("appointment setting: %s", list).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> journeyKinds(String contactId) {
        Http.Answer journey = Http.send("GET", scenario.e2e.contacts("/contacts/" + contactId + "/journey?limit=100"),
                scenario.workspace.admin.token(), null);
        assertThat(journey.status()).as("journey: %s", journey).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        journey.json().path("items").forEach(entry -> kinds.add(entry.path("kind").asText()));
        return kinds;
    }

    private static void hop() {
        E2eSummary.JOURNEY_HOPS.incrementAndGet();
    }

}
