package io.handoff.contacts;

import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Values PostgreSQL cannot take (NUL) and query values that do not convert are the client's mistakes: 400
 * problems naming the field or parameter, never a 500 from the driver nor a 404 as if the path did not exist.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class HostileValuesTest {

    @Test
    void shouldRefuseNulInABodyNamingTheField() {
        TestWorkspace ws = TestWorkspace.open();
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body("{\"email\": \"nul@example.com\", \"name\": \"Lee\\u0000Ann\"}")
                .post("/api/v1/contacts").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name")).body("detail", containsString("NUL"));

        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRefuseNulInAQueryParameterNamingIt() {
        TestWorkspace ws = TestWorkspace.open();
        given().auth().oauth2(ws.adminToken()).urlEncodingEnabled(false).get("/api/v1/contacts?q=Lee%00")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().auth().oauth2(ws.adminToken()).urlEncodingEnabled(false).get("/api/v1/contacts?utmSource=%00")
                .then().statusCode(400).body("errors[0].field", equalTo("utmSource"));
    }

    @Test
    void shouldRefuseASmartViewWhoseQueryHoldsNul() {
        TestWorkspace ws = TestWorkspace.open();
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Broken", "shared", true, "query", "q=%00"))
                .post("/api/v1/smart-views").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("query")).body("detail", containsString("NUL"));

        given().auth().oauth2(ws.adminToken()).get("/api/v1/smart-views").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldAnswerMalformedQueryValuesWith400NamingTheParameterAndWhatItTakes() {
        TestWorkspace ws = TestWorkspace.open();
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts?limit=abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"))
                .body("detail", containsString("2147483647"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts?limit=2147483648").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts?leadStatus=BOGUS").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("leadStatus"))
                .body("detail", containsString("QUALIFIED"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/appointment-setting?limit=1.5").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }
}
