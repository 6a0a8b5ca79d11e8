package io.handoff.deals;

import com.fasterxml.jackson.databind.JsonNode;
import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.events.deals.DealDetails;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.Tokens;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.handoff.deals.DealRequests.create;
import static io.handoff.deals.DealRequests.deal;
import static io.handoff.deals.DealRequests.post;
import static io.handoff.deals.DealRequests.with;
import static io.handoff.deals.DealRequests.without;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Adding deals: closer and setter from the call, exact values in the workspace currency, inline products. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class DealCreationTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldTakeCloserAndSetterFromTheCall() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contactId = UUID.randomUUID();
        UUID callId = ws.bookCall(contactId, ws.closerId(), ws.setterId());
        LocalDate before = LocalDate.now(ZoneId.of("Europe/Berlin"));

        Map<String, Object> onCall = Map.of("contactId", contactId.toString(), "callId", callId.toString(), "value", "2500",
                "paymentType", "WON");
        post(ws.closerToken(), onCall).statusCode(201)
                .body("closerId", equalTo(ws.closerId().toString()))
                .body("setterId", equalTo(ws.setterId().toString()))
                .body("callId", equalTo(callId.toString()))
                .body("createdBy", equalTo(ws.closerId().toString()))
                .body("currency", equalTo("EUR")).body("value", equalTo("2500.00"))
                .body("date", anyOf(equalTo(before.toString()),
                        equalTo(LocalDate.now(ZoneId.of("Europe/Berlin")).toString())));

        post(ws.managerToken(), with(onCall, "closerId", ws.adminId().toString())).statusCode(201)
                .body("closerId", equalTo(ws.adminId().toString()))
                .body("setterId", equalTo(ws.setterId().toString()));
        post(ws.closerToken(), with(onCall, "contactId", UUID.randomUUID().toString())).statusCode(400)
                .body("errors.field", hasItem("callId"));
    }

    @Test
    void shouldKeepTheValueExactAndEmitItInTheWorkspaceCurrency() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contactId = UUID.randomUUID();
        String id = post(ws.userToken(), with(deal(contactId, ws.closerId(), "1999.90", "WON"), "date", "2026-11-20"))
                .statusCode(201).body("value", equalTo("1999.90")).extract().path("id");

        given().auth().oauth2(ws.userToken()).get("/api/v1/deals/" + id).then().statusCode(200)
                .body("value", equalTo("1999.90")).body("date", equalTo("2026-11-20"));
        CloudEvent created = probe.awaitOne(Topics.DEALS, e -> e.type().equals("deal.created.v1")
                && e.subject().equals(id));
        JsonNode data = created.data();
        assertThat(data.get("value").isTextual()).isTrue();
        assertThat(data.get("value").asText()).isEqualTo("1999.90");
        assertThat(data.get("currency").asText()).isEqualTo("EUR");
        assertThat(created.workspaceId()).isEqualTo(ws.id());
        DealDetails details = created.dataAs(DealDetails.class);
        assertThat(details.value()).isEqualTo(new BigDecimal("1999.90"));
        assertThat(details.contactId()).isEqualTo(contactId);
        assertThat(details.closerId()).isEqualTo(ws.closerId());
        assertThat(details.paymentType()).isEqualTo("WON");
        assertThat(details.date()).isEqualTo(LocalDate.parse("2026-11-20"));
    }

    @Test
    void shouldRefuseMalformedDealsAndStoreNothing() {
        TestWorkspace ws = TestWorkspace.open(probe);
        var valid = deal(UUID.randomUUID(), ws.closerId(), "100.00", "WON");
        List<Map.Entry<String, Map<String, Object>>> broken = List.of(
                Map.entry("value", with(valid, "value", "-5.00")),
                Map.entry("value", with(valid, "value", "10.999")),
                Map.entry("value", with(valid, "value", "0")),
                Map.entry("value", without(valid, "value")),
                Map.entry("paymentType", with(valid, "paymentType", "FREE")),
                Map.entry("discount", with(valid, "discount", "10%")),
                Map.entry("contactId", with(valid, "contactId", "not-a-uuid")),
                Map.entry("date", with(valid, "date", "2026-13-45")),
                Map.entry("notes", with(valid, "notes", "x".repeat(1501))),
                Map.entry("closerId", without(valid, "closerId")),
                Map.entry("closerId", with(valid, "closerId", UUID.randomUUID().toString())),
                Map.entry("setterId", with(valid, "setterId", UUID.randomUUID().toString())),
                Map.entry("callId", with(valid, "callId", UUID.randomUUID().toString())),
                Map.entry("productId", with(valid, "productId", UUID.randomUUID().toString())));
        broken.forEach(wrong -> post(ws.userToken(), wrong.getValue()).statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.field", hasItem(wrong.getKey())));

        given().auth().oauth2(ws.userToken()).get("/api/v1/deals").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldAddANewProductInline() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contactId = UUID.randomUUID();
        var body = with(deal(contactId, ws.closerId(), "3000", "WON"), "newProduct",
                Map.of("name", "VIP Day", "defaultPrice", "3000.00"));
        String id = post(ws.closerToken(), body).statusCode(201)
                .body("productName", equalTo("VIP Day")).body("productId", notNullValue()).extract().path("id");
        String productId = given().auth().oauth2(ws.closerToken()).get("/api/v1/deals/" + id).then()
                .extract().path("productId");

        given().auth().oauth2(ws.closerToken()).get("/api/v1/products/" + productId).then().statusCode(200)
                .body("name", equalTo("VIP Day")).body("defaultPrice", equalTo("3000.00"));
        var event = probe.awaitOne(Topics.DEALS, e -> e.type().equals("deal.created.v1") && e.subject().equals(id));
        assertThat(event.dataAs(DealDetails.class).productName()).isEqualTo("VIP Day");

        post(ws.closerToken(), body).statusCode(409);
        post(ws.closerToken(), with(body, "productId", productId)).statusCode(400).body("errors.field", hasItem("productId"));
        post(ws.closerToken(), with(without(body, "newProduct"), "productId", productId)).statusCode(201)
                .body("productName", equalTo("VIP Day"));
        given().auth().oauth2(ws.closerToken()).get("/api/v1/deals?productId=" + productId).then()
                .body("items", hasSize(2));

        given().auth().oauth2(ws.managerToken()).delete("/api/v1/products/" + productId).then().statusCode(204);
        DealRequests.patch(ws.closerToken(), id, Map.of("notes", "Archived product stays on the deal")).statusCode(200)
                .body("productId", equalTo(productId)).body("productName", equalTo("VIP Day"));
        post(ws.closerToken(), with(without(body, "newProduct"), "productId", productId)).statusCode(400)
                .body("errors.field", hasItem("productId"));
    }

    @Test
    void shouldAnswer404WhileTheWorkspaceIsUnknown() {
        UUID workspaceId = UUID.randomUUID();
        UUID userId = UUID.randomUUID();
        post(Tokens.user(workspaceId, userId, "USER"), deal(UUID.randomUUID(), userId, "10", "WON")).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldReturnTheSameDealWhenAPostIsRetriedWithItsIdempotencyKey() {
        TestWorkspace ws = TestWorkspace.open(probe);
        var body = deal(UUID.randomUUID(), ws.closerId(), "750.00", "DEPOSIT");
        String key = UUID.randomUUID().toString();

        String first = given().auth().oauth2(ws.userToken()).header("Idempotency-Key", key)
                .contentType("application/json").body(body).post("/api/v1/deals")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(ws.userToken()).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/deals").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first)).body("value", equalTo("750.00"));

        given().auth().oauth2(ws.userToken()).get("/api/v1/deals").then().body("items", hasSize(1))
                .body("items[0].id", equalTo(first));
        assertThat(create(ws.userToken(), body)).isNotEqualTo(first);
    }
}
