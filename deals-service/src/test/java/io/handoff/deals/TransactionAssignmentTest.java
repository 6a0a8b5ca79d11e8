package io.handoff.deals;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.events.deals.DealDetails;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.handoff.deals.DealRequests.create;
import static io.handoff.deals.DealRequests.deal;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Transactions matched to contacts by email, listed, and added to deals ("add from transactions"). */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class TransactionAssignmentTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldMatchPaymentsToContactsByEmailWhateverTheCase() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID ana = ws.addContact("Ana.Lopez@Example.com");
        JsonPath source = Inbound.createSource(ws, "zapier");

        String matched = pay(source, "120.00", "EUR", "ana.lopez@EXAMPLE.com")
                .body("contactId", equalTo(ana.toString())).extract().path("id");
        String early = pay(source, "80.00", "EUR", "Ben@example.com")
                .body("contactId", nullValue()).extract().path("id");
        UUID ben = ws.addContact("ben@example.com");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Inbound.transactions(ws, "contactId=" + ben).getList("items.id")).containsExactly(early));
        assertThat(Inbound.transactions(ws, "contactId=" + ana).getList("items.id")).containsExactly(matched);
        given().auth().oauth2(ws.userToken()).get("/api/v1/transactions/" + matched).then().statusCode(200)
                .body("email", equalTo("ana.lopez@EXAMPLE.com")).body("amount", equalTo("120.00"));
    }

    @Test
    void shouldMakeAnUnassignedTransactionTheDealsValue() {
        TestWorkspace ws = TestWorkspace.open(probe);
        UUID contactId = ws.addContact("carla@example.com");
        JsonPath source = Inbound.createSource(ws, "stripe");
        String dealId = create(ws.closerToken(), deal(contactId, ws.closerId(), "100.00", "WON"));
        String transactionId = Inbound.postStripe(source, Inbound.stripeCharge("evt_" + UUID.randomUUID(), 249990,
                "eur", "carla@example.com")).statusCode(201).extract().path("id");
        assertThat(Inbound.transactions(ws, "unassigned=true&contactId=" + contactId).getList("items.id"))
                .containsExactly(transactionId);

        attach(ws.userToken(), dealId, transactionId).statusCode(200).body("value", equalTo("2499.90"))
                .body("currency", equalTo("EUR")).body("version", equalTo(1));
        CloudEvent updated = probe.awaitOne(Topics.DEALS, e -> e.type().equals("deal.updated.v1")
                && e.subject().equals(dealId));
        assertThat(updated.data().get("value").asText()).isEqualTo("2499.90");
        assertThat(updated.dataAs(DealDetails.class).value()).isEqualTo(new BigDecimal("2499.90"));
        given().auth().oauth2(ws.userToken()).get("/api/v1/transactions/" + transactionId).then()
                .body("dealId", equalTo(dealId));
        assertThat(Inbound.transactions(ws, "unassigned=true").getList("items")).isEmpty();
        assertThat(Inbound.transactions(ws, "dealId=" + dealId).getList("items.id")).containsExactly(transactionId);

        attach(ws.userToken(), dealId, transactionId).statusCode(200).body("version", equalTo(1));
        String otherDeal = create(ws.closerToken(), deal(contactId, ws.closerId(), "50.00", "DEPOSIT"));
        attach(ws.userToken(), otherDeal, transactionId).statusCode(409).contentType("application/problem+json");
        String second = Inbound.postStripe(source, Inbound.stripeCharge("evt_" + UUID.randomUUID(), 500, "eur", null))
                .statusCode(201).extract().path("id");
        attach(ws.userToken(), dealId, second).statusCode(409);
    }

    @Test
    void shouldRefuseTransactionsInAnotherCurrencyOrWithMoreDecimalsThanADeal() {
        TestWorkspace ws = TestWorkspace.open(probe);
        JsonPath source = Inbound.createSource(ws, "custom");
        String dealId = create(ws.closerToken(), deal(UUID.randomUUID(), ws.closerId(), "100.00", "WON"));
        String dollars = pay(source, "300.00", "USD", "d@example.com").extract().path("id");

        attach(ws.userToken(), dealId, dollars).statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(ws.userToken()).get("/api/v1/deals/" + dealId).then().body("value", equalTo("100.00"))
                .body("version", equalTo(0));
        attach(ws.userToken(), dealId, "not-an-id").statusCode(400).body("errors.field", hasItem("transactionId"));
        given().auth().oauth2(ws.userToken()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/deals/" + dealId + "/transactions").then().statusCode(400)
                .body("errors.field", hasItem("transactionId"));
        given().auth().oauth2(ws.userToken()).get("/api/v1/transactions?unassigned=maybe").then().statusCode(400)
                .body("errors.field", hasItem("unassigned"));
    }

    @Test
    void shouldUnassignATransactionWhenTakenOffOrWhenItsDealIsDeleted() {
        TestWorkspace ws = TestWorkspace.open(probe);
        JsonPath source = Inbound.createSource(ws, "make");
        String dealId = create(ws.closerToken(), deal(UUID.randomUUID(), ws.closerId(), "10.00", "WON"));
        String transactionId = pay(source, "75.50", "EUR", "e@example.com").extract().path("id");

        attach(ws.userToken(), dealId, transactionId).statusCode(200).body("value", equalTo("75.50"));
        given().auth().oauth2(ws.userToken()).delete("/api/v1/deals/" + dealId + "/transactions/" + transactionId)
                .then().statusCode(204);
        given().auth().oauth2(ws.userToken()).get("/api/v1/deals/" + dealId).then().body("value", equalTo("75.50"));
        assertThat(Inbound.transactions(ws, "unassigned=true").getList("items.id")).containsExactly(transactionId);
        given().auth().oauth2(ws.userToken()).delete("/api/v1/deals/" + dealId + "/transactions/" + transactionId)
                .then().statusCode(404);

        attach(ws.userToken(), dealId, transactionId).statusCode(200);
        given().auth().oauth2(ws.userToken()).delete("/api/v1/deals/" + dealId).then().statusCode(204);
        given().auth().oauth2(ws.userToken()).get("/api/v1/transactions/" + transactionId).then().statusCode(200)
                .body("dealId", nullValue());
    }

    @Test
    void shouldKeepTransactionsToTheirWorkspace() {
        TestWorkspace ws = TestWorkspace.open(probe);
        TestWorkspace other = TestWorkspace.open(probe);
        String transactionId = pay(Inbound.createSource(ws, "zapier"), "20.00", "EUR", "f@example.com")
                .extract().path("id");
        String dealId = create(ws.closerToken(), deal(UUID.randomUUID(), ws.closerId(), "10.00", "WON"));
        String otherDeal = create(other.closerToken(), deal(UUID.randomUUID(), other.closerId(), "10.00", "WON"));

        given().auth().oauth2(other.userToken()).get("/api/v1/transactions/" + transactionId).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(Inbound.transactions(other, "").getList("items")).isEmpty();
        attach(other.userToken(), otherDeal, transactionId).statusCode(404);
        attach(other.userToken(), dealId, transactionId).statusCode(404);
        attach(ws.userToken(), otherDeal, transactionId).statusCode(404);
        given().auth().oauth2(other.userToken()).delete("/api/v1/deals/" + dealId + "/transactions/" + transactionId)
                .then().statusCode(404);
        given().auth().oauth2(ws.userToken()).get("/api/v1/transactions/" + transactionId).then()
                .body("dealId", nullValue());
        given().get("/api/v1/transactions").then().statusCode(401);
    }

    private static ValidatableResponse pay(JsonPath source, String amount, String currency, String email) {
        return Inbound.postGeneric(source, Inbound.genericPayment("p-" + UUID.randomUUID(), amount, currency, email))
                .statusCode(201);
    }

    private static ValidatableResponse attach(String token, String dealId, String transactionId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("transactionId", transactionId))
                .post("/api/v1/deals/" + dealId + "/transactions").then();
    }
}
