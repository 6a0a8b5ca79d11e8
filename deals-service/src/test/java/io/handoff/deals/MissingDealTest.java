package io.handoff.deals;

import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Topics;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.handoff.deals.DealRequests.create;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** "Deal missing": calls whose current outcome is a SALE and that have no deal yet. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class MissingDealTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldListASaleWithoutADealUntilItsDealIsAdded() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contactId = UUID.randomUUID();
        UUID callId = ws.bookCall(contactId, ws.closerId(), ws.setterId());
        ws.recordOutcome(callId, contactId, "SALE", 1);

        JsonPath missing = missing(ws, "");
        assertThat(missing.getList("items.callId")).containsExactly(callId.toString());
        assertThat(missing.getMap("items[0]")).containsEntry("contactId", contactId.toString())
                .containsEntry("closerId", ws.closerId().toString()).containsEntry("setterId", ws.setterId().toString())
                .containsKey("outcomeAt");

        String dealId = create(ws.closerToken(), Map.of("contactId", contactId.toString(), "callId", callId.toString(),
                "value", "1500", "paymentType", "WON"));
        assertThat(missing(ws, "").getList("items")).isEmpty();
        given().auth().oauth2(ws.closerToken()).delete("/api/v1/deals/" + dealId).then().statusCode(204);
        assertThat(missing(ws, "").getList("items.callId")).containsExactly(callId.toString());
    }

    @Test
    void shouldFollowTheLatestRevisionOfTheOutcome() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contactId = UUID.randomUUID();
        UUID callId = ws.bookCall(contactId, ws.closerId(), ws.setterId());
        ws.recordOutcome(callId, contactId, "SALE", 1);
        assertThat(missing(ws, "").getList("items")).hasSize(1);

        ws.recordOutcome(callId, contactId, "NO_SALE", 2);
        assertThat(missing(ws, "").getList("items")).isEmpty();
        ws.recordOutcome(callId, contactId, "SALE", 1);
        assertThat(missing(ws, "").getList("items")).isEmpty();
        ws.recordOutcome(callId, contactId, "SALE", 3);
        assertThat(missing(ws, "").getList("items.callId")).containsExactly(callId.toString());
    }

    @Test
    void shouldFilterPageAndKeepToTheWorkspace() {
        TestWorkspace ws = TestWorkspace.open(probe);
        TestWorkspace other = TestWorkspace.open(probe);
        UUID contactId = UUID.randomUUID();
        UUID byCloser = ws.bookCall(contactId, ws.closerId(), ws.setterId());
        UUID byAdmin = ws.bookCall(UUID.randomUUID(), ws.adminId(), null);
        UUID discovery = UUID.randomUUID();
        ws.recordOutcome(byCloser, contactId, "SALE", 1);
        ws.recordOutcome(byAdmin, null, "SALE", 1);
        ws.publishAndAwait(Topics.OUTCOMES, CloudEvent.of(EventType.OUTCOME_RECORDED, "/handoff/outcomes-service",
                ws.id(), discovery.toString(), new OutcomeRecorded(UUID.randomUUID(), discovery, contactId, "DISCOVERY",
                        1, "APPROVED", null, null, null, ws.setterId(), null, null, Actor.user(ws.setterId()),
                        Instant.now()), Instant.now()));

        assertThat(missing(ws, "").getList("items.callId")).containsExactlyInAnyOrder(byCloser.toString(),
                byAdmin.toString());
        assertThat(missing(ws, "closerId=" + ws.adminId()).getList("items.callId")).containsExactly(byAdmin.toString());
        assertThat(missing(ws, "setterId=" + ws.setterId()).getList("items.callId"))
                .containsExactly(byCloser.toString());
        assertThat(missing(ws, "contactId=" + contactId).getList("items.callId")).containsExactly(byCloser.toString());
        JsonPath first = missing(ws, "limit=1");
        assertThat(first.getList("items")).hasSize(1);
        JsonPath second = missing(ws, "limit=1&cursor=" + first.getString("nextCursor"));
        assertThat(second.getList("items")).hasSize(1);
        assertThat(second.getString("items[0].callId")).isNotEqualTo(first.getString("items[0].callId"));

        assertThat(missing(other, "").getList("items")).isEmpty();
        given().auth().oauth2(ws.userToken()).get("/api/v1/deals/missing?closerId=nope").then().statusCode(400)
                .body("errors.field", hasItem("closerId"));
        given().get("/api/v1/deals/missing").then().statusCode(401);
    }

    private static JsonPath missing(TestWorkspace ws, String query) {
        return given().auth().oauth2(ws.userToken()).get("/api/v1/deals/missing" + (query.isEmpty() ? "" : "?" + query))
                .then().statusCode(200).extract().jsonPath();
    }
}
