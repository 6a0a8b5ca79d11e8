package io.handoff.outcomes;

import io.handoff.events.CloudEvent;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.handoff.outcomes.OutcomeApi.awaitRecorded;
import static io.handoff.outcomes.OutcomeApi.current;
import static io.handoff.outcomes.OutcomeApi.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Outcomes of discovery calls: approve (then book a strategy call) or reject with a reason; BUSINESS plans up. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class DiscoveryOutcomeTest {

    @Test
    void shouldApproveADiscoveryCallAndAskTheSetterToBookAStrategyCall() {
        TestWorkspace ws = TestWorkspace.open("BUSINESS");
        UUID callId = ws.pastDiscoveryCall();

        String contactId = record(ws.setterToken(), callId, Map.of("result", "APPROVED", "notes", "Budget confirmed"))
                .statusCode(200)
                .body("callKind", equalTo("DISCOVERY")).body("result", equalTo("APPROVED"))
                .body("hostId", equalTo(ws.setterId().toString()))
                .body("nextStep.action", equalTo("BOOK_STRATEGY_CALL")).body("nextStep.contactId", notNullValue())
                .extract().path("nextStep.contactId");
        current(ws.setterToken(), callId).statusCode(200).body("nextStep.contactId", equalTo(contactId));

        CloudEvent event = awaitRecorded(callId, 1).get(0);
        assertThat(event.data().get("callKind").asText()).isEqualTo("DISCOVERY");
        assertThat(event.data().get("result").asText()).isEqualTo("APPROVED");
        assertThat(event.data().get("contactId").asText()).isEqualTo(contactId);
    }

    @Test
    void shouldRejectWithAReasonAndRequireNotesForOthers() {
        TestWorkspace ws = TestWorkspace.open("ENTERPRISE");
        UUID callId = ws.pastDiscoveryCall();

        record(ws.setterToken(), callId, Map.of("result", "REJECTED", "reason", "OTHERS")).statusCode(400)
                .body("errors.field", hasItem("notes"));
        record(ws.setterToken(), callId, Map.of("result", "REJECTED", "reason", "OTHERS", "notes", "   "))
                .statusCode(400).body("errors.field", hasItem("notes"));
        record(ws.setterToken(), callId, Map.of("result", "REJECTED", "reason", "OTHERS", "notes", "Wants a partner"))
                .statusCode(200).body("reason", equalTo("OTHERS")).body("nextStep", nullValue());
        record(ws.setterToken(), ws.pastDiscoveryCall(), Map.of("result", "REJECTED", "reason", "BAD_FIT"))
                .statusCode(200).body("reason", equalTo("BAD_FIT"));
    }

    @Test
    void shouldRefuseEveryInvalidDiscoveryCombinationAndStoreNothing() {
        TestWorkspace ws = TestWorkspace.open("BUSINESS");
        UUID callId = ws.pastDiscoveryCall();
        Map<Map<String, Object>, String> invalid = new LinkedHashMap<>();
        invalid.put(Map.of("result", "APPROVED", "reason", "NO_SHOW"), "reason");
        invalid.put(Map.of("result", "APPROVED", "objection", "MONEY"), "objection");
        invalid.put(Map.of("result", "REJECTED"), "reason");
        invalid.put(Map.of("result", "REJECTED", "reason", "UNQUALIFIED"), "reason");
        invalid.put(Map.of("result", "REJECTED", "reason", "CONTACT_CANCELLED"), "reason");
        invalid.put(Map.of("result", "REJECTED", "reason", "NO_SHOW", "objection", "FEAR"), "objection");
        invalid.put(Map.of("result", "SALE", "objection", "MONEY"), "result");
        invalid.put(Map.of("result", "NO_SALE", "reason", "NO_SHOW"), "result");

        invalid.forEach((body, field) -> record(ws.setterToken(), callId, body).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)));

        current(ws.setterToken(), callId).statusCode(404);
        record(ws.setterToken(), callId, Map.of("result", "REJECTED", "reason", "NOT_INTERESTED"))
                .statusCode(200).body("revision", equalTo(1));
        assertThat(awaitRecorded(callId, 1)).hasSize(1);
    }

    @Test
    void shouldRequireTheBusinessPlanForDiscoveryOutcomes() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID callId = ws.pastDiscoveryCall();

        record(ws.setterToken(), callId, Map.of("result", "APPROVED")).statusCode(422)
                .contentType("application/problem+json").body("type", endsWith("/plan-required"))
                .body("detail", containsString("STARTUP"));
        current(ws.setterToken(), callId).statusCode(404);
        record(ws.closerToken(), ws.pastStrategyCall(), Map.of("result", "SALE", "objection", "NO_OBJECTION"))
                .statusCode(200);
    }
}
