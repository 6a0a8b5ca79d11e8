package io.handoff.notifications;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.Tokens;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Managing webhook endpoints: secrets shown once, validation, tenancy and roles. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class WebhookEndpointApiTest {

    private static final String ENDPOINTS = "/api/v1/webhook-endpoints";
    private static final String RECEIVER = "http://127.0.0.1:9/hooks";

    private final TopicProbe probe = new TopicProbe();

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void shouldShowTheSecretOnlyInTheAnswerToCreation() {
        TestWorkspace ws = TestWorkspace.open(probe);
        var created = given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER, "eventTypes", List.of("call.*", "deal.created"),
                        "description", "Zapier: new calls"))
                .post(ENDPOINTS).then().statusCode(201)
                .body("enabled", equalTo(true)).body("eventTypes", equalTo(List.of("call.*", "deal.created")))
                .body("description", equalTo("Zapier: new calls"))
                .extract().jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");
        assertThat(created.getString("url")).isEqualTo(RECEIVER);

        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
        given().auth().oauth2(ws.adminToken()).get(ENDPOINTS + "/" + id).then().statusCode(200)
                .body("url", equalTo(RECEIVER)).body("$", not(hasKey("secret")));
        given().auth().oauth2(ws.managerToken()).get(ENDPOINTS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items[0]", not(hasKey("secret")))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldChangeDisableEnableAndDeleteAnEndpoint() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String id = ws.createEndpoint(RECEIVER).getString("id");

        given().auth().oauth2(ws.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("description", "Make.com", "eventTypes", List.of("deal.*"), "enabled", false))
                .patch(ENDPOINTS + "/" + id).then().statusCode(200)
                .body("description", equalTo("Make.com")).body("eventTypes", equalTo(List.of("deal.*")))
                .body("enabled", equalTo(false)).body("disabledReason", notNullValue())
                .body("$", not(hasKey("secret")));
        given().auth().oauth2(ws.managerToken()).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .patch(ENDPOINTS + "/" + id).then().statusCode(200)
                .body("enabled", equalTo(true)).body("disabledReason", nullValue()).body("description", equalTo("Make.com"));

        given().auth().oauth2(ws.adminToken()).delete(ENDPOINTS + "/" + id).then().statusCode(204);
        given().auth().oauth2(ws.adminToken()).get(ENDPOINTS + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldShowARotatedSecretOnceAndKeepThePreviousForADay() {
        TestWorkspace ws = TestWorkspace.open(probe);
        var created = ws.createEndpoint(RECEIVER);

        var rotated = given().auth().oauth2(ws.adminToken()).post(ENDPOINTS + "/" + created.getString("id") + "/rotate-secret")
                .then().statusCode(200).body("previousSecretExpiresAt", notNullValue()).extract().jsonPath();

        assertThat(rotated.getString("secret")).startsWith("whsec_").isNotEqualTo(created.getString("secret"));
        given().auth().oauth2(ws.adminToken()).get(ENDPOINTS + "/" + created.getString("id")).then()
                .body("$", not(hasKey("secret"))).body("previousSecretExpiresAt", notNullValue());
    }

    @Test
    void shouldRefuseBadUrlsEventTypesAndFieldsWith400() {
        TestWorkspace ws = TestWorkspace.open(probe);
        for (String url : List.of("ftp://127.0.0.1/x", "not a url", "https://user:pw@127.0.0.1/", "")) {
            given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("url", url))
                    .post(ENDPOINTS).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("url"));
        }
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER, "eventTypes", List.of("call.booked", "booking.requested")))
                .post(ENDPOINTS).then().statusCode(400).body("errors[0].field", equalTo("eventTypes[1]"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER, "eventTypes", List.of("workspace.*")))
                .post(ENDPOINTS).then().statusCode(400).body("errors[0].field", equalTo("eventTypes[0]"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER, "secret", "whsec_mine"))
                .post(ENDPOINTS).then().statusCode(400).body("errors.field", hasItem("secret"));
        String id = ws.createEndpoint(RECEIVER).getString("id");
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("url", "gopher://x"))
                .patch(ENDPOINTS + "/" + id).then().statusCode(400).body("errors.field", hasItem("url"));
        given().auth().oauth2(ws.adminToken()).get(ENDPOINTS + "/not-a-uuid").then().statusCode(400);
        given().auth().oauth2(ws.adminToken()).get(ENDPOINTS + "/" + id + "/deliveries?status=LOST").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(ws.adminToken()).post(ENDPOINTS + "/" + id + "/replay?since=yesterday").then()
                .statusCode(400).body("errors[0].field", equalTo("since"));
    }

    @Test
    void shouldRefuseAmbiguousNumericHostsOnRegistrationAndChange() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String id = ws.createEndpoint(RECEIVER).getString("id");
        // Private addresses are allowed in tests: these are refused for their form, not for where they lead.
        for (String url : List.of("https://0177.0.0.1/", "https://0x7f.1/", "https://0x7f000001/", "https://127.1/",
                "https://2130706433/", "https://127.000.0.1:8443/x", "https://1.2.3.4./", "https://user@0177.1/")) {
            given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("url", url))
                    .post(ENDPOINTS).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url")).body("errors[0].message", containsString("ambiguous"));
            given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("url", url))
                    .patch(ENDPOINTS + "/" + id).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url")).body("errors[0].message", containsString("ambiguous"));
        }
        given().auth().oauth2(ws.adminToken()).get(ENDPOINTS + "/" + id).then().statusCode(200)
                .body("url", equalTo(RECEIVER));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:10/x"))
                .patch(ENDPOINTS + "/" + id).then().statusCode(200);
    }

    @Test
    void shouldHideAnotherWorkspacesEndpointsBehind404() {
        TestWorkspace owner = TestWorkspace.open(probe);
        TestWorkspace other = TestWorkspace.open(probe);
        String path = ENDPOINTS + "/" + owner.createEndpoint(RECEIVER).getString("id");

        given().auth().oauth2(other.adminToken()).get(path).then().statusCode(404);
        given().auth().oauth2(other.adminToken()).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch(path).then().statusCode(404);
        given().auth().oauth2(other.adminToken()).post(path + "/rotate-secret").then().statusCode(404);
        given().auth().oauth2(other.adminToken()).get(path + "/deliveries").then().statusCode(404);
        given().auth().oauth2(other.adminToken()).post(path + "/replay?since=2020-01-01T00:00:00Z").then().statusCode(404);
        given().auth().oauth2(other.adminToken()).delete(path).then().statusCode(404);
        given().auth().oauth2(other.adminToken()).get(ENDPOINTS).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        given().auth().oauth2(owner.adminToken()).get(path).then().statusCode(200).body("enabled", equalTo(true));
    }

    @Test
    void shouldForbidUsersToManageWebhooks() {
        TestWorkspace ws = TestWorkspace.open(probe);
        String path = ENDPOINTS + "/" + ws.createEndpoint(RECEIVER).getString("id");
        String user = ws.userToken();

        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("url", RECEIVER)).post(ENDPOINTS)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(user).get(ENDPOINTS).then().statusCode(403);
        given().auth().oauth2(user).get(path).then().statusCode(403);
        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("enabled", false)).patch(path)
                .then().statusCode(403);
        given().auth().oauth2(user).post(path + "/rotate-secret").then().statusCode(403);
        given().auth().oauth2(user).get(path + "/deliveries").then().statusCode(403);
        given().auth().oauth2(user).post("/api/v1/deliveries/" + UUID.randomUUID() + "/replay").then().statusCode(403);
        given().auth().oauth2(user).delete(path).then().statusCode(403);
        given().get(ENDPOINTS).then().statusCode(401);
        given().auth().oauth2(ws.adminToken()).get(path).then().statusCode(200);
    }

    @Test
    void shouldAnswerARepeatedIdempotencyKeyWithTheFirstEndpoint() {
        TestWorkspace ws = TestWorkspace.open(probe);
        var request = given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "create-zap-1").body(Map.of("url", RECEIVER));

        String first = request.post(ENDPOINTS).then().statusCode(201).extract().path("id");
        String second = request.post(ENDPOINTS).then().statusCode(201).extract().path("id");

        assertThat(second).isEqualTo(first);
        given().auth().oauth2(ws.adminToken()).get(ENDPOINTS).then().body("items", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void shouldNotKnowAWorkspaceItHasNotHeardOf() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(Tokens.user(unknown, UUID.randomUUID(), "ADMIN")).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER)).post(ENDPOINTS).then().statusCode(404);
    }
}
