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

    /** The main journey's workspace: its analytics count that one journey only. */
    private static Scenario scenario;
    /** The rejected and disqualified paths' workspace. */
    private static Scenario side;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void setUp(E2ePlatform e2e) {
        receiver = new WebhookReceiver();
        scenario = Scenario.open(e2e, "journey");
        Http.Answer endpoint = scenario.accepted("POST", e2e.notifications("/webhook-endpoints"),
                scenario.workspace.admin.token(), Map.of("url", receiver.url(), "eventTypes", List.of(),
                        "description", "the customer's CRM", "enabled", true));
        receiver.trust(endpoint.field("secret"));
        side = Scenario.open(e2e, "journey-side");
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

        assertThat(scenario.appointmentSetting(setterToken)).contains(contactId);
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
                assertThat(scenario.journeyKinds(contactId)).contains("CALL_BOOKED"));
        hop();

        // outcomes-service runs 30 days ahead (handoff.clock.offset): the call booked minutes from now has ended.
        String discoveryCallId = discovery.field("id");
        Http.Answer approved = scenario.accepted("PUT", e2e.outcomes("/calls/" + discoveryCallId + "/outcome"),
                setterToken, Map.of("result", "APPROVED", "notes", "Good fit"));
        assertThat(approved.field("result")).as("discovery outcome: %s", approved).isEqualTo("APPROVED");
        assertThat(approved.json().path("nextStep").path("action").asText()).isEqualTo("BOOK_STRATEGY_CALL");
        assertThat(approved.json().path("nextStep").path("contactId").asText()).isEqualTo(contactId);
        hop();
        await().atMost(Scenario.PATIENCE).untilAsserted(() ->
                assertThat(scenario.journeyKinds(contactId)).contains("OUTCOME_RECORDED"));
        hop();

        String strategyStart = scenario.slots(scenario.strategyId, setterToken, null).get(0);
        Http.Answer approve = Http.send("PUT", e2e.contacts("/contacts/" + contactId + "/stage"), setterToken,
                Map.of("stageId", scenario.stageId("Approved"),
                        "booking", Map.of("eventTypeId", scenario.strategyId, "start", strategyStart),
                        "handoffNotes", Scenario.handoffNotes()));
        assertThat(approve.status()).as("approve: %s", approve).isEqualTo(202);
        hop();

        JsonNode approval = scenario.awaitApproval(approve, "BOOKED");
        String callId = approval.path("callId").asText();
        assertThat(callId).isNotBlank();
        hop();

        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            JsonNode booked = scenario.contact(contactId);
            assertThat(booked.path("leadStatus").asText()).isEqualTo("BOOKED");
            assertThat(booked.path("setById").asText()).isEqualTo(scenario.setter.id());
        });
        hop();
        assertThat(scenario.appointmentSetting(setterToken)).doesNotContain(contactId);
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
            List<String> kinds = scenario.journeyKinds(contactId);
            assertThat(kinds).containsSubsequence("LEAD_CAPTURED", "OWNER_ASSIGNED", "CALL_BOOKED",
                    "APPROVAL_REQUESTED", "CALL_BOOKED");
        });
        hop();

        String closerId = call.json().path("host").path("userId").asText();
        new SaleSteps(scenario, JourneyIT::hop).closeAndCount(contactId, discoveryCallId, callId, closerId);
    }

    @Test
    void shouldRestoreTheStageWhenTheApprovedSlotIsTaken() {
        E2ePlatform e2e = side.e2e;
        String setterToken = side.setter.token();
        String closer = side.closerOne.id();
        String start = side.slots(side.strategyId, setterToken, closer).get(0);
        Http.Answer taken = Http.send("POST", e2e.scheduling("/calls"), setterToken, Map.of(
                "eventTypeId", side.strategyId, "hostId", closer, "start", start,
                "invitee", Map.of("email", "first." + UUID.randomUUID() + "@example.com", "timeZone", "UTC")));
        assertThat(taken.status()).as("first booking: %s", taken).isEqualTo(201);

        String email = "rita.rejected+" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        Http.Answer lead = Http.send("POST", side.publicUrl(side.discoveryId, "/leads"), null,
                Map.of("email", email, "name", "Rita", "complete", true, "answers", Map.of(Scenario.BUDGET,
                        "$1k-$5k")));
        assertThat(lead.field("status")).as("lead: %s", lead).isEqualTo("QUALIFIED");
        String contactId = side.contactByEmail(email).path("id").asText();
        String stageBefore = side.contact(contactId).path("stageId").asText();

        Http.Answer approve = Http.send("PUT", e2e.contacts("/contacts/" + contactId + "/stage"), setterToken,
                Map.of("stageId", side.stageId("Approved"),
                        "booking", Map.of("eventTypeId", side.strategyId, "hostId", closer, "start", start),
                        "handoffNotes", Scenario.handoffNotes()));
        assertThat(approve.status()).as("approve: %s", approve).isEqualTo(202);
        JsonNode rejected = side.awaitApproval(approve, "REJECTED");
        assertThat(rejected.path("reason").asText()).isEqualTo("SLOT_TAKEN");
        hop();
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            JsonNode restored = side.contact(contactId);
            assertThat(restored.path("stageId").asText()).isEqualTo(stageBefore);
            assertThat(restored.path("leadStatus").asText()).isNotEqualTo("BOOKED");
            assertThat(side.journeyKinds(contactId)).contains("BOOKING_REJECTED");
        });
        // The handoff notes are written only once the call is booked: a failed booking leaves none behind.
        Http.Answer notes = Http.send("GET", e2e.contacts("/contacts/" + contactId + "/notes"), setterToken, null);
        assertThat(notes.json().path("items").size()).as("notes: %s", notes).isZero();
        assertThat(side.appointmentSetting(setterToken)).contains(contactId);
        hop();
    }

    @Test
    void shouldDisqualifyALeadByTheFormsRules() {
        String email = "dora.disqualified+" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        Http.Answer lead = Http.send("POST", side.publicUrl(side.discoveryId, "/leads"), null,
                Map.of("email", email, "name", "Dora", "complete", true,
                        "answers", Map.of(Scenario.BUDGET, "Under $1k")));
        assertThat(lead.status()).as("lead: %s", lead).isBetween(200, 201);
        assertThat(lead.field("status")).isEqualTo("DISQUALIFIED");
        hop();
        String contactId = side.contactByEmail(email).path("id").asText();
        await().atMost(Scenario.PATIENCE).untilAsserted(() ->
                assertThat(side.contact(contactId).path("leadStatus").asText()).isEqualTo("DISQUALIFIED"));
        hop();
        Http.Answer booking = Http.send("POST", side.publicUrl(side.discoveryId, "/bookings"), null,
                Map.of("email", email, "name", "Dora", "timeZone", "UTC",
                        "start", side.slots(side.discoveryId, side.setter.token(), null).get(0)));
        assertThat(booking.status()).as("booking of a disqualified lead: %s", booking).isEqualTo(422);
        hop();
    }

    static void hop() {
        E2eSummary.JOURNEY_HOPS.incrementAndGet();
    }

}
