package io.handoff.outcomes;

import io.handoff.events.CloudEvent;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.handoff.outcomes.OutcomeApi.awaitRecorded;
import static io.handoff.outcomes.OutcomeApi.record;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The outcome→stage mapping: members read it with the defaults, admins and managers replace it, and each
 * recorded outcome announces the stage it maps to (a specific reason before "any reason"), or none so that
 * contacts-service applies its default.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class StageMappingTest {

    @Test
    void shouldShowTheDefaultsToEveryMemberOfAWorkspaceWithoutMapping() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        read(ws.setterToken()).statusCode(200).body("entries", hasSize(0)).body("defaults", hasSize(10))
                .body("defaults[0].result", equalTo("SALE"))
                .body("defaults[0].reason", nullValue())
                .body("defaults[0].defaultStageName", equalTo("Customer"))
                .body("defaults.defaultStageName", hasItem("Follow-Up Scheduled"))
                .body("defaults.findAll { it.result == 'REJECTED' && it.reason == 'OTHERS' }.defaultStageName",
                        contains("Rejected"));
    }

    @Test
    void shouldLetOnlyAdminsAndManagersReplaceTheMapping() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID customer = UUID.randomUUID();
        List<Map<String, Object>> entries = List.of(entry("SALE", null, customer));

        replace(ws.closerToken(), entries).statusCode(403).contentType("application/problem+json");
        read(ws.adminToken()).statusCode(200).body("entries", hasSize(0));

        replace(ws.managerToken(), entries).statusCode(200).body("entries", hasSize(1))
                .body("entries[0].stageId", equalTo(customer.toString()));
        UUID lost = UUID.randomUUID();
        replace(ws.adminToken(), List.of(entry("NO_SALE", "NO_SHOW", lost), entry("NO_SALE", null, customer)))
                .statusCode(200).body("entries.reason", contains(null, "NO_SHOW"))
                .body("defaults", hasSize(10));
        read(ws.closerToken()).statusCode(200).body("entries.result", contains("NO_SALE", "NO_SALE"));
        read(TestWorkspace.open("STARTUP").adminToken()).statusCode(200).body("entries", hasSize(0));
        replace(ws.adminToken(), List.of()).statusCode(200).body("entries", hasSize(0));
    }

    @Test
    void shouldRefuseEntriesThatCannotMatchAnOutcomeAndKeepTheMapping() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID stage = UUID.randomUUID();
        replace(ws.adminToken(), List.of(entry("SALE", null, stage))).statusCode(200);

        replace(ws.adminToken(), List.of(entry("SALE", "NO_SHOW", stage), entry("NO_SALE", "BAD_FIT", stage),
                entry("REJECTED", "OTHERS", stage), entry("REJECTED", "OTHERS", stage))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("entries[0].reason", "entries[1].reason", "entries[3]"));
        Map<String, Object> noStage = new HashMap<>(entry("APPROVED", null, stage));
        noStage.remove("stageId");
        replace(ws.adminToken(), List.of(noStage)).statusCode(400)
                .body("errors[0].field", equalTo("entries[0].stageId"));
        replace(ws.adminToken(), List.of(Map.of("result", "WON", "stageId", stage.toString()))).statusCode(400);
        replace(ws.adminToken(), List.of(Map.of("result", "SALE", "stageId", "not-a-uuid"))).statusCode(400);
        replace(ws.adminToken(), List.of(Map.of("result", "SALE", "stageId", stage.toString(), "stage", "x")))
                .statusCode(400).body("errors[0].field", equalTo("entries[0].stage"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/outcome-stage-mapping").then().statusCode(400);

        read(ws.adminToken()).statusCode(200).body("entries", hasSize(1))
                .body("entries[0].stageId", equalTo(stage.toString()));
    }

    @Test
    void shouldAnnounceTheMappedStageWithEachRecordedOutcome() {
        TestWorkspace ws = TestWorkspace.open("BUSINESS");
        UUID noShowStage = UUID.randomUUID();
        UUID noSaleStage = UUID.randomUUID();
        UUID saleStage = UUID.randomUUID();
        replace(ws.managerToken(), List.of(entry("NO_SALE", "NO_SHOW", noShowStage), entry("NO_SALE", null, noSaleStage),
                entry("SALE", null, saleStage))).statusCode(200);

        assertThat(stageOf(ws, ws.pastStrategyCall(), Map.of("result", "NO_SALE", "reason", "NO_SHOW")))
                .isEqualTo(noShowStage.toString());
        assertThat(stageOf(ws, ws.pastStrategyCall(), Map.of("result", "NO_SALE", "reason", "NOT_INTERESTED")))
                .isEqualTo(noSaleStage.toString());
        assertThat(stageOf(ws, ws.pastStrategyCall(), Map.of("result", "SALE", "objection", "FEAR")))
                .isEqualTo(saleStage.toString());
        // No entry for discovery outcomes: contacts-service applies its default (REJECTED/BAD_FIT → Not a Fit).
        assertThat(stageOf(ws, ws.pastDiscoveryCall(), Map.of("result", "REJECTED", "reason", "BAD_FIT"))).isNull();

        replace(ws.managerToken(), List.of()).statusCode(200);
        assertThat(stageOf(ws, ws.pastStrategyCall(), Map.of("result", "SALE", "objection", "MONEY"))).isNull();
    }

    private static String stageOf(TestWorkspace ws, UUID callId, Map<String, String> outcome) {
        record(ws.managerToken(), callId, outcome).statusCode(200);
        CloudEvent event = awaitRecorded(callId, 1).get(0);
        return event.data().has("stageId") ? event.data().get("stageId").asText() : null;
    }

    private static Map<String, Object> entry(String result, String reason, UUID stageId) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("result", result);
        entry.put("reason", reason);
        entry.put("stageId", stageId.toString());
        return entry;
    }

    private static ValidatableResponse read(String token) {
        return given().auth().oauth2(token).get("/api/v1/outcome-stage-mapping").then();
    }

    private static ValidatableResponse replace(String token, List<Map<String, Object>> entries) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("entries", entries))
                .put("/api/v1/outcome-stage-mapping").then();
    }
}
