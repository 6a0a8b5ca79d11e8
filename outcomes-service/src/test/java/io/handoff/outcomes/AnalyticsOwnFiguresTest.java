package io.handoff.outcomes;

import io.handoff.events.EventType;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Every member reads their own setter performance and closer figures; the workspace-wide views stay closed to users. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class AnalyticsOwnFiguresTest {

    @Test
    void shouldGiveEachUserTheirOwnSetterAndCloserFiguresOnly() {
        TestWorkspace ws = TestWorkspace.open("STARTUP");
        WorkspaceEvents events = new WorkspaceEvents(ws.id());
        UUID call = ws.pastStrategyCall(); // hosted by the closer, set by the setter
        LocalDate today = LocalDate.now();
        TestWorkspace.deliver(List.of(events.deal(EventType.DEAL_CREATED, UUID.randomUUID(), call, ws.closerId(),
                ws.setterId(), "1200.00", "WON", today)));
        LocalDate from = today.minusDays(7);
        LocalDate to = today.plusDays(1);

        own(ws.setterToken(), from, to).statusCode(200)
                .body("userId", equalTo(ws.setterId().toString())).body("name", equalTo("Sam Setter"))
                .body("currency", equalTo("EUR"))
                .body("setter.callsSet", equalTo(1)).body("setter.callsHeld", equalTo(1))
                .body("setter.callsClosed", equalTo(1)).body("setter.revenue", equalTo("1200.00"))
                .body("closer.key", equalTo(ws.setterId().toString())).body("closer.callsBooked", equalTo(0))
                .body("closer.revenue", equalTo("0.00"));
        own(ws.closerToken(), from, to).statusCode(200)
                .body("userId", equalTo(ws.closerId().toString())).body("name", equalTo("Cleo Closer"))
                .body("closer.label", equalTo("Cleo Closer")).body("closer.strategyCallsHeld", equalTo(1))
                .body("closer.wonDeals", equalTo(1)).body("closer.closingRate", equalTo("1.0000"))
                .body("closer.revenue", equalTo("1200.00"))
                .body("setter.callsSet", equalTo(0)).body("setter.revenue", equalTo("0.00"));
        // Admins and managers read theirs too; a member without activity gets zeros, not a 404.
        own(ws.managerToken(), from, to).statusCode(200).body("setter.callsSet", equalTo(0))
                .body("closer.callsBooked", equalTo(0)).body("closer.closingRate", nullValue());

        // A user naming someone else gets their own figures: the endpoint has no way to name another user.
        given().auth().oauth2(ws.setterToken()).queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("userId", ws.closerId().toString()).get("/api/v1/analytics/me").then().statusCode(200)
                .body("userId", equalTo(ws.setterId().toString()));
        // The workspace-wide views stay for admins and managers.
        AnalyticsApi.summary(ws.setterToken(), from, to, "closer").statusCode(403)
                .contentType("application/problem+json");
        AnalyticsApi.setters(ws.closerToken(), from, to).statusCode(403);
        own(ws.setterToken(), to, from).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
        given().get("/api/v1/analytics/me?from=2026-11-01&to=2026-11-30").then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse own(String token, LocalDate from, LocalDate to) {
        return given().auth().oauth2(token).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/analytics/me").then();
    }
}
