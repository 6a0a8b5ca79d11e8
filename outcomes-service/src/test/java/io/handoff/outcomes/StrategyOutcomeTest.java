package io.handoff.outcomes;

import io.handoff.events.CloudEvent;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.handoff.outcomes.OutcomeApi.awaitRecorded;
import static io.handoff.outcomes.OutcomeApi.current;
import static io.handoff.outcomes.OutcomeApi.history;
import static io.handoff.outcomes.OutcomeApi.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Outcomes of strategy calls: a sale with its objection, a no-sale with its reason, nothing else. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class StrategyOutcomeTest {

    @Test
    void shouldRecordASaleAndAnnounceItAsRevisionOne() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID callId = ws.pastStrategyCall();

        record(ws.closerToken(), callId, Map.of("result", "SALE", "objection", "MONEY", "notes", "  Paid in full  "))
                .statusCode(200)
                .body("callId", equalTo(callId.toString())).body("callKind", equalTo("STRATEGY"))
                .body("revision", equalTo(1)).body("result", equalTo("SALE")).body("objection", equalTo("MONEY"))
                .body("reason", nullValue()).body("notes", equalTo("Paid in full"))
                .body("hostId", equalTo(ws.closerId().toString())).body("setById", equalTo(ws.setterId().toString()))
                .body("recordedBy", equalTo(ws.closerId().toString())).body("nextStep", nullValue());
        current(ws.setterToken(), callId).statusCode(200).body("revision", equalTo(1)).body("result", equalTo("SALE"));

        List<CloudEvent> events = awaitRecorded(callId, 1);
        assertThat(events).hasSize(1);
        var data = events.get(0).data();
        assertThat(events.get(0).workspaceId()).isEqualTo(ws.id());
        assertThat(data.get("callKind").asText()).isEqualTo("STRATEGY");
        assertThat(data.get("result").asText()).isEqualTo("SALE");
        assertThat(data.get("objection").asText()).isEqualTo("MONEY");
        assertThat(data.get("hostId").asText()).isEqualTo(ws.closerId().toString());
        assertThat(data.get("setById").asText()).isEqualTo(ws.setterId().toString());
        assertThat(data.get("contactId").isTextual()).isTrue();
        assertThat(data.get("actor").get("userId").asText()).isEqualTo(ws.closerId().toString());
        assertThat(data.has("stageId")).isFalse();
    }

    @Test
    void shouldAllowAnObjectionWithANoSaleOnlyForUnqualifiedAndFollowUp() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        record(ws.closerToken(), ws.pastStrategyCall(),
                Map.of("result", "NO_SALE", "reason", "FOLLOW_UP_SCHEDULED", "objection", "PARTNER"))
                .statusCode(200).body("reason", equalTo("FOLLOW_UP_SCHEDULED")).body("objection", equalTo("PARTNER"));
        record(ws.closerToken(), ws.pastStrategyCall(),
                Map.of("result", "NO_SALE", "reason", "UNQUALIFIED", "objection", "MONEY")).statusCode(200);
        record(ws.closerToken(), ws.pastStrategyCall(), Map.of("result", "NO_SALE", "reason", "NO_SHOW"))
                .statusCode(200).body("objection", nullValue());
    }

    @Test
    void shouldRefuseEveryInvalidStrategyCombinationAndStoreNothing() {
        TestWorkspace ws = TestWorkspace.open("BUSINESS");
        UUID callId = ws.pastStrategyCall();
        Map<Map<String, Object>, String> invalid = new LinkedHashMap<>();
        invalid.put(Map.of("result", "SALE"), "objection");
        invalid.put(Map.of("result", "SALE", "objection", "MONEY", "reason", "NO_SHOW"), "reason");
        invalid.put(Map.of("result", "NO_SALE"), "reason");
        invalid.put(Map.of("result", "NO_SALE", "reason", "BAD_FIT"), "reason");
        invalid.put(Map.of("result", "NO_SALE", "reason", "OTHERS", "notes", "Other"), "reason");
        invalid.put(Map.of("result", "NO_SALE", "reason", "NO_SHOW", "objection", "MONEY"), "objection");
        invalid.put(Map.of("result", "NO_SALE", "reason", "NOT_INTERESTED", "objection", "FEAR"), "objection");
        invalid.put(Map.of("result", "APPROVED"), "result");
        invalid.put(Map.of("result", "REJECTED", "reason", "NO_SHOW"), "result");
        invalid.put(Map.of("result", "SALE", "objection", "TOO_CHEAP"), "objection");
        invalid.put(Map.of("result", "WON"), "result");
        invalid.put(Map.of("objection", "MONEY"), "result");
        invalid.put(Map.of("result", "SALE", "objection", "MONEY", "notes", "n".repeat(1501)), "notes");
        invalid.put(Map.of("result", "SALE", "objection", "MONEY", "stage", "Customer"), "stage");

        invalid.forEach((body, field) -> record(ws.closerToken(), callId, body).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)));

        current(ws.closerToken(), callId).statusCode(404);
        history(ws.closerToken(), callId).statusCode(200).body("items", hasSize(0));
        Map<String, Object> longestNotes = new HashMap<>(Map.of("result", "SALE", "objection", "SMOKE_SCREEN"));
        longestNotes.put("notes", "n".repeat(1500));
        record(ws.closerToken(), callId, longestNotes).statusCode(200).body("revision", equalTo(1));
        assertThat(awaitRecorded(callId, 1)).hasSize(1);
    }

    @Test
    void shouldNameEveryFieldAtFaultAtOnce() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        record(ws.closerToken(), ws.pastStrategyCall(), Map.of("result", "SALE", "reason", "NO_SHOW"))
                .statusCode(400).body("errors", hasSize(2))
                .body("errors.field", hasItem("objection")).body("errors.field", hasItem("reason"));
    }
}
