package io.handoff.contacts;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class ApiErrorsAndAuthTest {

    @Test
    void shouldAnswer401WithoutOrWithABadToken() {
        TestWorkspace ws = TestWorkspace.open();
        given().get("/api/v1/appointment-setting").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        given().auth().oauth2(Tokens.expired(ws.id(), ws.adminId(), "ADMIN")).get("/api/v1/appointment-setting")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.signedByStranger(ws.id(), ws.adminId(), "ADMIN")).get("/api/v1/appointment-setting")
                .then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/api/v1/contacts").then().statusCode(401);
    }

    @Test
    void shouldHideAnotherWorkspacesContactsBehind404() {
        TestWorkspace a = TestWorkspace.open();
        TestWorkspace b = TestWorkspace.open();
        String contactId = given().auth().oauth2(a.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("email", "lee@example.com", "name", "Lee")).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(a.adminToken()).get("/api/v1/contacts/" + contactId).then().statusCode(200);
        given().auth().oauth2(b.adminToken()).get("/api/v1/contacts/" + contactId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(b.adminToken()).get("/api/v1/users/" + a.adminId()).then().statusCode(404);
        given().auth().oauth2(b.adminToken()).get("/api/v1/contacts").then().statusCode(200)
                .body("items.id", not(hasItem(contactId)));
    }

    @Test
    void shouldAnswerMalformedJsonUnknownFieldsAndBadIdsWith400Problems() {
        TestWorkspace ws = TestWorkspace.open();
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body("{\"email\": ")
                .post("/api/v1/contacts").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Bad request")).body("detail", not(containsString("Exception")));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("email", "a@example.com", "sneaky", true))
                .post("/api/v1/contacts").then().statusCode(400).body("errors.field", hasItem("sneaky"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("id"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email", "phone", "0123", "timeZone", "Mars/Olympus"))
                .post("/api/v1/contacts").then().statusCode(400)
                .body("errors.field", hasItem("email")).body("errors.field", hasItem("phone"))
                .body("errors.field", hasItem("timeZone"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).post("/api/v1/contacts")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts?limit=100000").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts?cursor=%%%").then().statusCode(400);

        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldServeHealthOpenApiAndMetricsWithoutToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/appointment-setting"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("handoff_outbox_published"));
    }

    @Test
    void shouldRefuseAnOperatorTokenOnWorkspaceData() {
        given().auth().oauth2(Tokens.operator()).get("/api/v1/contacts/" + UUID.randomUUID()).then().statusCode(403);
    }
}
