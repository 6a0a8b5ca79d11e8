package io.handoff.deals;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.events.deals.DealDeleted;
import io.handoff.events.deals.DealDetails;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.handoff.deals.DealRequests.create;
import static io.handoff.deals.DealRequests.deal;
import static io.handoff.deals.DealRequests.patch;
import static io.handoff.deals.DealRequests.post;
import static io.handoff.deals.DealRequests.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Editing, deleting and relating deals, and what other workspaces can see of them (nothing). */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class DealChangeTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldEmitUpdatedOnEditAndDeletedOnDelete() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contactId = UUID.randomUUID();
        var body = with(with(deal(contactId, ws.closerId(), "2000", "WON"), "setterId", ws.setterId().toString()),
                "date", "2026-11-02");
        String id = create(ws.closerToken(), with(body, "notes", "Deposit first"));

        Map<String, Object> changes = new HashMap<>();
        changes.put("value", "2100.50");
        changes.put("setterId", null);
        changes.put("notes", "Paid in full");
        changes.put("paymentType", "RECURRING");
        given().auth().oauth2(ws.userToken()).contentType("application/merge-patch+json").body(changes)
                .patch("/api/v1/deals/" + id).then().statusCode(200)
                .body("value", equalTo("2100.50")).body("setterId", nullValue()).body("notes", equalTo("Paid in full"))
                .body("paymentType", equalTo("RECURRING")).body("closerId", equalTo(ws.closerId().toString()))
                .body("date", equalTo("2026-11-02")).body("version", equalTo(1));
        CloudEvent updated = probe.awaitOne(Topics.DEALS, e -> e.type().equals("deal.updated.v1")
                && e.subject().equals(id));
        DealDetails details = updated.dataAs(DealDetails.class);
        assertThat(updated.data().get("value").asText()).isEqualTo("2100.50");
        assertThat(details.value()).isEqualTo(new BigDecimal("2100.50"));
        assertThat(details.setterId()).isNull();
        assertThat(details.currency()).isEqualTo("EUR");

        given().auth().oauth2(ws.userToken()).delete("/api/v1/deals/" + id).then().statusCode(204);
        CloudEvent deleted = probe.awaitOne(Topics.DEALS, e -> e.type().equals("deal.deleted.v1")
                && e.subject().equals(id));
        assertThat(deleted.dataAs(DealDeleted.class).contactId()).isEqualTo(contactId);
        given().auth().oauth2(ws.userToken()).get("/api/v1/deals/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(ws.userToken()).delete("/api/v1/deals/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseMalformedEditsAndKeepTheDeal() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String id = create(ws.userToken(), deal(UUID.randomUUID(), ws.closerId(), "500", "WON"));
        Map<String, Object> clearCloser = new HashMap<>();
        clearCloser.put("closerId", null);

        patch(ws.userToken(), id, Map.of("value", "1.234")).statusCode(400).body("errors.field", hasItem("value"));
        patch(ws.userToken(), id, Map.of("contactId", UUID.randomUUID().toString())).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("contactId"));
        patch(ws.userToken(), id, clearCloser).statusCode(400).body("errors.field", hasItem("closerId"));
        patch(ws.userToken(), id, Map.of("date", "soon")).statusCode(400).body("errors.field", hasItem("date"));
        patch(ws.userToken(), id, Map.of("setterId", UUID.randomUUID().toString())).statusCode(400)
                .body("errors.field", hasItem("setterId"));
        patch(ws.userToken(), "not-a-uuid", Map.of("value", "1")).statusCode(400);

        given().auth().oauth2(ws.userToken()).get("/api/v1/deals/" + id).then().statusCode(200)
                .body("value", equalTo("500.00")).body("version", equalTo(0));
    }

    @Test
    void shouldRelateADealOnlyToAnEarlierDealOfTheSameContact() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contact = UUID.randomUUID();
        String deposit = create(ws.closerToken(), with(deal(contact, ws.closerId(), "500", "DEPOSIT"), "date", "2026-10-01"));
        String otherContacts = create(ws.closerToken(), deal(UUID.randomUUID(), ws.closerId(), "900", "WON"));
        var balance = with(deal(contact, ws.closerId(), "1500", "WON"), "date", "2026-10-15");

        post(ws.closerToken(), with(balance, "relatedDealId", otherContacts)).statusCode(400)
                .body("errors.field", hasItem("relatedDealId"));
        post(ws.closerToken(), with(with(balance, "relatedDealId", deposit), "date", "2026-09-01")).statusCode(400)
                .body("errors.field", hasItem("relatedDealId"));
        post(ws.closerToken(), with(balance, "relatedDealId", UUID.randomUUID().toString())).statusCode(400)
                .body("errors.field", hasItem("relatedDealId"));
        String related = post(ws.closerToken(), with(balance, "relatedDealId", deposit)).statusCode(201)
                .body("relatedDealId", equalTo(deposit)).extract().path("id");

        patch(ws.closerToken(), deposit, Map.of("relatedDealId", deposit)).statusCode(400)
                .body("errors.field", hasItem("relatedDealId"));
        patch(ws.closerToken(), deposit, Map.of("date", "2026-11-01")).statusCode(400)
                .body("errors.field", hasItem("date"));

        given().auth().oauth2(ws.closerToken()).delete("/api/v1/deals/" + deposit).then().statusCode(204);
        given().auth().oauth2(ws.closerToken()).get("/api/v1/deals/" + related).then().statusCode(200)
                .body("relatedDealId", nullValue());
        CloudEvent detached = probe.awaitOne(Topics.DEALS, e -> e.type().equals("deal.updated.v1")
                && e.subject().equals(related));
        assertThat(detached.dataAs(DealDetails.class).relatedDealId()).isNull();
    }

    @Test
    void shouldHideAnotherWorkspacesDealsAndCallsBehind404() {
        TestWorkspace ws = TestWorkspace.open(probe);
        TestWorkspace other = TestWorkspace.open(probe);
        UUID contactId = UUID.randomUUID();
        UUID callId = ws.bookCall(contactId, ws.closerId(), null);
        String id = create(ws.userToken(), with(deal(contactId, ws.closerId(), "10", "WON"), "callId", callId.toString()));

        given().auth().oauth2(other.adminToken()).get("/api/v1/deals/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        patch(other.adminToken(), id, Map.of("value", "1")).statusCode(404);
        given().auth().oauth2(other.adminToken()).delete("/api/v1/deals/" + id).then().statusCode(404);
        given().auth().oauth2(other.adminToken()).get("/api/v1/deals").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        post(other.userToken(), with(deal(contactId, other.closerId(), "10", "WON"), "callId", callId.toString()))
                .statusCode(400).body("errors.field", hasItem("callId"));

        given().auth().oauth2(ws.userToken()).get("/api/v1/deals/" + id).then().statusCode(200)
                .body("value", equalTo("10.00")).body("setterId", nullValue());
    }
}
