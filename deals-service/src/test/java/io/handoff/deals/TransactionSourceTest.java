package io.handoff.deals;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Transaction sources: who configures them, a secret shown once, re-keying, removal, and other workspaces. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class TransactionSourceTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldShowTheSecretOnlyInTheAnswerThatCreatedTheSource() {
        TestWorkspace ws = TestWorkspace.open(probe);
        var created = given().auth().oauth2(ws.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("provider", "zapier", "name", "Zapier: course sales")).post("/api/v1/transaction-sources")
                .then().statusCode(201).extract();
        JsonPath source = created.jsonPath();
        String id = source.getString("id");
        assertThat(source.getString("provider")).isEqualTo("zapier");
        assertThat(source.getString("secret")).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(source.getString("inboundUrl")).isEqualTo("/api/v1/transactions/inbound/zapier?source=" + id);
        assertThat(created.header("Location")).endsWith("/api/v1/transaction-sources/" + id);

        given().auth().oauth2(ws.adminToken()).get("/api/v1/transaction-sources/" + id).then().statusCode(200)
                .body("name", equalTo("Zapier: course sales")).body("$", not(hasKey("secret")))
                .body("inboundUrl", equalTo(source.getString("inboundUrl")));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/transaction-sources").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items[0]", not(hasKey("secret")));
        assertThat(Inbound.createSource(ws, "stripe", "whsec_from_the_stripe_dashboard").getString("secret"))
                .isEqualTo("whsec_from_the_stripe_dashboard");
    }

    @Test
    void shouldLetOnlyAdminsAndManagersConfigureSources() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String id = Inbound.createSource(ws, "make").getString("id");
        var body = Map.of("provider", "make", "name", "Make");
        given().auth().oauth2(ws.userToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/transaction-sources").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(ws.userToken()).get("/api/v1/transaction-sources").then().statusCode(403);
        given().auth().oauth2(ws.userToken()).delete("/api/v1/transaction-sources/" + id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/transaction-sources").then().statusCode(401);
    }

    @Test
    void shouldRefuseMalformedSources() {
        TestWorkspace ws = TestWorkspace.open(probe);
        Map<String, Map<String, Object>> broken = Map.of(
                "provider", Map.of("provider", "paypal", "name", "PayPal"),
                "name", Map.of("provider", "stripe", "name", " "),
                "secret", Map.of("provider", "stripe", "name", "Stripe", "secret", "short"),
                "color", Map.of("provider", "stripe", "name", "Stripe", "color", "red"));
        broken.forEach((field, body) -> given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(body).post("/api/v1/transaction-sources").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)));
    }

    @Test
    void shouldTakeANewSecretAndRefuseNotificationsOnceTheSourceIsDeleted() {
        TestWorkspace ws = TestWorkspace.open(probe);
        JsonPath source = Inbound.createSource(ws, "stripe");
        String id = source.getString("id");
        String url = source.getString("inboundUrl");
        String stripeSecret = "whsec_" + UUID.randomUUID().toString().replace("-", "");

        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("secret", stripeSecret, "name", "Stripe live")).patch("/api/v1/transaction-sources/" + id)
                .then().statusCode(200).body("name", equalTo("Stripe live")).body("$", not(hasKey("secret")));
        String first = Inbound.stripeCharge("evt_" + UUID.randomUUID(), 5000, "eur", null);
        Inbound.postStripe(url, Signing.stripeHeader(source.getString("secret"), Signing.now(), first), first)
                .statusCode(401);
        String transactionId = Inbound.postStripe(url, Signing.stripeHeader(stripeSecret, Signing.now(), first), first)
                .statusCode(201).extract().path("id");

        given().auth().oauth2(ws.adminToken()).delete("/api/v1/transaction-sources/" + id).then().statusCode(204);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/transaction-sources/" + id).then().statusCode(404);
        String second = Inbound.stripeCharge("evt_" + UUID.randomUUID(), 7000, "eur", null);
        Inbound.postStripe(url, Signing.stripeHeader(stripeSecret, Signing.now(), second), second).statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(ws.userToken()).get("/api/v1/transactions/" + transactionId).then().statusCode(200)
                .body("amount", equalTo("50.00")).body("sourceId", nullValue());
    }

    @Test
    void shouldHideSourcesOfOtherWorkspaces() {
        TestWorkspace ws = TestWorkspace.open(probe);
        TestWorkspace other = TestWorkspace.open(probe);
        String id = Inbound.createSource(ws, "custom").getString("id");

        given().auth().oauth2(other.adminToken()).get("/api/v1/transaction-sources/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(other.adminToken()).contentType(ContentType.JSON).body(Map.of("name", "Mine now"))
                .patch("/api/v1/transaction-sources/" + id).then().statusCode(404);
        given().auth().oauth2(other.adminToken()).delete("/api/v1/transaction-sources/" + id).then().statusCode(404);
        given().auth().oauth2(other.adminToken()).get("/api/v1/transaction-sources").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/transaction-sources/" + id).then().statusCode(200)
                .body("name", equalTo("custom account"));
    }
}
