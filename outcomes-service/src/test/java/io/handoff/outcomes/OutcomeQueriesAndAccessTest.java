package io.handoff.outcomes;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.handoff.outcomes.OutcomeApi.current;
import static io.handoff.outcomes.OutcomeApi.history;
import static io.handoff.outcomes.OutcomeApi.record;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Listing outcomes, tenant isolation, authentication and malformed input. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class OutcomeQueriesAndAccessTest {

    @Test
    void shouldListOutcomesNewestFirstWithFiltersAndCursor() {
        TestWorkspace ws = TestWorkspace.open("BUSINESS");
        List<String> recorded = new ArrayList<>();
        recorded.add(sale(ws));
        recorded.add(record(ws.closerToken(), ws.pastStrategyCall(), Map.of("result", "NO_SALE", "reason", "NO_SHOW"))
                .statusCode(200).extract().path("id"));
        recorded.add(sale(ws));
        recorded.add(record(ws.setterToken(), ws.pastDiscoveryCall(), Map.of("result", "APPROVED"))
                .statusCode(200).extract().path("id"));
        List<String> newestFirst = new ArrayList<>(recorded);
        Collections.reverse(newestFirst);

        JsonPath first = list(ws, "?limit=3").statusCode(200).body("items", hasSize(3)).extract().jsonPath();
        String cursor = first.getString("nextCursor");
        JsonPath second = list(ws, "?limit=3&cursor=" + cursor).statusCode(200).body("items", hasSize(1))
                .body("nextCursor", nullValue()).extract().jsonPath();
        List<String> paged = new ArrayList<>(first.getList("items.id"));
        paged.addAll(second.getList("items.id"));
        assertThat(paged).containsExactlyElementsOf(newestFirst);

        list(ws, "?result=SALE").statusCode(200).body("items", hasSize(2)).body("items.result", not(hasItem("NO_SALE")));
        list(ws, "?callKind=DISCOVERY").statusCode(200).body("items", hasSize(1))
                .body("items[0].nextStep.action", equalTo("BOOK_STRATEGY_CALL"));
        list(ws, "?callKind=STRATEGY&result=NO_SALE").statusCode(200).body("items", hasSize(1));
        list(ws, "?result=WON").statusCode(400).body("errors[0].field", equalTo("result"));
        list(ws, "?callKind=demo").statusCode(400).body("errors[0].field", equalTo("callKind"));
        list(ws, "?limit=0").statusCode(400).body("errors[0].field", equalTo("limit"));
        list(ws, "?cursor=%25%25").statusCode(400);
    }

    @Test
    void shouldHideAnotherWorkspacesCallsAndOutcomesBehind404() {
        TestWorkspace a = TestWorkspace.open("BUSINESS");
        TestWorkspace b = TestWorkspace.open("BUSINESS");
        UUID recordedCall = a.pastStrategyCall();
        String outcomeId = record(a.closerToken(), recordedCall, Map.of("result", "SALE", "objection", "MONEY"))
                .statusCode(200).extract().path("id");
        UUID openCall = a.pastStrategyCall();

        record(b.adminToken(), openCall, Map.of("result", "SALE", "objection", "MONEY")).statusCode(404)
                .contentType("application/problem+json");
        record(b.adminToken(), recordedCall, Map.of("result", "NO_SALE", "reason", "NO_SHOW")).statusCode(404);
        current(b.adminToken(), recordedCall).statusCode(404);
        history(b.adminToken(), recordedCall).statusCode(404);
        list(b, "").statusCode(200).body("items.id", not(hasItem(outcomeId)));
        current(a.adminToken(), recordedCall).statusCode(200).body("result", equalTo("SALE"));
    }

    @Test
    void shouldTellAMissingCallFromACallWithoutOutcome() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID callId = ws.pastStrategyCall();
        current(ws.closerToken(), callId).statusCode(404).body("detail", containsString("Outcome of call"));
        current(ws.closerToken(), UUID.randomUUID()).statusCode(404).body("detail", containsString("Call"));
        history(ws.closerToken(), UUID.randomUUID()).statusCode(404);
    }

    @Test
    void shouldAnswer401WithoutOrWithABadToken() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID callId = ws.pastStrategyCall();
        given().contentType(ContentType.JSON).body(Map.of("result", "SALE", "objection", "MONEY"))
                .put("/api/v1/calls/" + callId + "/outcome").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        given().get("/api/v1/calls/" + callId + "/outcome").then().statusCode(401);
        given().get("/api/v1/outcomes").then().statusCode(401);
        record(Tokens.expired(ws.id(), ws.adminId(), "ADMIN"), callId, Map.of("result", "SALE", "objection", "MONEY"))
                .statusCode(401);
        record(Tokens.signedByStranger(ws.id(), ws.adminId(), "ADMIN"), callId,
                Map.of("result", "SALE", "objection", "MONEY")).statusCode(401);
        current(ws.closerToken(), callId).statusCode(404);
    }

    @Test
    void shouldRefuseAnOperatorTokenOnWorkspaceData() {
        given().auth().oauth2(Tokens.operator()).get("/api/v1/outcomes").then().statusCode(403);
    }

    @Test
    void shouldAnswerMalformedBodiesAndIdsWith400Problems() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        UUID callId = ws.pastStrategyCall();
        given().auth().oauth2(ws.closerToken()).contentType(ContentType.JSON).body("{\"result\": ")
                .put("/api/v1/calls/" + callId + "/outcome").then().statusCode(400)
                .contentType("application/problem+json").body("detail", not(containsString("Exception")));
        given().auth().oauth2(ws.closerToken()).contentType(ContentType.JSON)
                .put("/api/v1/calls/" + callId + "/outcome").then().statusCode(400);
        given().auth().oauth2(ws.closerToken()).contentType(ContentType.JSON).body("[]")
                .put("/api/v1/calls/" + callId + "/outcome").then().statusCode(400);
        record(ws.closerToken(), UUID.randomUUID(), Map.of("result", List.of("SALE"))).statusCode(400);
        given().auth().oauth2(ws.closerToken()).contentType(ContentType.JSON).body(Map.of("result", "SALE"))
                .put("/api/v1/calls/not-a-uuid/outcome").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
        current(ws.closerToken(), callId).statusCode(404);
    }

    @Test
    void shouldServeHealthAndOpenApiWithoutToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/calls/{callId}/outcome"));
    }

    private static String sale(TestWorkspace ws) {
        return record(ws.closerToken(), ws.pastStrategyCall(), Map.of("result", "SALE", "objection", "MONEY"))
                .statusCode(200).extract().path("id");
    }

    private static ValidatableResponse list(TestWorkspace ws, String query) {
        return given().auth().oauth2(ws.adminToken()).get("/api/v1/outcomes" + query).then();
    }
}
