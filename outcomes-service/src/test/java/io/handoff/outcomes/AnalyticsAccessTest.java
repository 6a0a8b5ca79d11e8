package io.handoff.outcomes;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.handoff.outcomes.AnalyticsApi.funnel;
import static io.handoff.outcomes.AnalyticsApi.setters;
import static io.handoff.outcomes.AnalyticsApi.summary;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** Who may read analytics, what the query parameters must look like, and that workspaces never mix. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class AnalyticsAccessTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void shouldLetAdminsAndManagersReadAnalyticsButNotUsers() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        summary(ws.adminToken(), FROM, TO, null).statusCode(200);
        funnel(ws.managerToken(), FROM, TO).statusCode(200);
        setters(ws.managerToken(), FROM, TO).statusCode(200);

        summary(ws.setterToken(), FROM, TO, "closer").statusCode(403).contentType("application/problem+json");
        funnel(ws.closerToken(), FROM, TO).statusCode(403);
        setters(ws.setterToken(), FROM, TO).statusCode(403);
        summary(Tokens.operator(), FROM, TO, null).statusCode(403);
        given().get("/api/v1/analytics/summary?from=2026-11-01&to=2026-11-30").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerBadRangesAndGroupingsWith400Problems() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        String token = ws.adminToken();
        given().auth().oauth2(token).get("/api/v1/analytics/summary").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("from", "to"));
        given().auth().oauth2(token).get("/api/v1/analytics/summary?from=2026-11-31&to=2026-12-01").then()
                .statusCode(400).body("errors.field", equalTo(List.of("from")));
        given().auth().oauth2(token).get("/api/v1/analytics/funnel?from=yesterday&to=2026-12-01").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        summary(token, TO, FROM, null).statusCode(400).body("errors[0].field", equalTo("to"))
                .body("errors[0].message", containsString("before"));
        setters(token, TO, FROM).statusCode(400);
        summary(token, FROM, TO, "team").statusCode(400).body("errors[0].field", equalTo("groupBy"))
                .body("errors[0].message", containsString("closer, setter, eventType, utmSource"));
    }

    @Test
    void shouldNeverCountAnotherWorkspacesFacts() {
        TestWorkspace mine = TestWorkspace.open("STARTUP");
        TestWorkspace theirs = TestWorkspace.open("STARTUP");
        WorkspaceEvents events = new WorkspaceEvents(theirs.id());
        Instant start = Instant.now().minus(Duration.ofDays(3));
        UUID call = UUID.randomUUID();
        TestWorkspace.deliver(List.of(events.booked(call, UUID.randomUUID(), "Strategy Session", "STRATEGY",
                theirs.closerId(), theirs.setterId(), "google", start, start.plus(Duration.ofMinutes(45)))));
        LocalDate today = LocalDate.now();

        summary(theirs.adminToken(), today.minusDays(7), today, "utmSource").statusCode(200)
                .body("total.callsBooked", equalTo(1)).body("groups", hasSize(1));
        summary(mine.adminToken(), today.minusDays(7), today, "utmSource").statusCode(200)
                .body("total.callsBooked", equalTo(0)).body("groups", hasSize(0)).body("total.revenue", equalTo("0.00"));
        setters(mine.adminToken(), today.minusDays(7), today).statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldDescribeTheAnalyticsEndpointsInTheOpenApiDocument() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/analytics/summary"), containsString("/api/v1/analytics/funnel"),
                        containsString("/api/v1/analytics/setters"), containsString("/api/v1/outcome-stage-mapping"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/analytics/setters"));
    }
}
