package io.handoff.contacts.race;

import io.handoff.contacts.TestWorkspace;
import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A write that loses an optimistic-lock race is run again on fresh data, and reported as 409 only if it keeps losing. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class StaleWriteRetryTest {

    @Test
    void shouldRunALostWriteAgainOnFreshDataAndSucceed() {
        TestWorkspace ws = TestWorkspace.open();
        String id = contact(ws);

        String attempts = given().auth().oauth2(ws.adminToken()).queryParam("name", "Renamed").queryParam("racesLost", 1)
                .put("/test/racing-rename/" + id).then().statusCode(200).extract().asString();

        assertThat(attempts).isEqualTo("2");
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + id).then().statusCode(200)
                .body("name", equalTo("Renamed"));
    }

    @Test
    void shouldAnswer409AndChangeNothingWhenTheRaceIsLostEveryTime() {
        TestWorkspace ws = TestWorkspace.open();
        String id = contact(ws);

        given().auth().oauth2(ws.adminToken()).queryParam("name", "Never").queryParam("racesLost", 100)
                .put("/test/racing-rename/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409));

        assertThat(RacingRenameResource.ATTEMPTS.get(UUID.fromString(id)).get()).isEqualTo(4);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/contacts/" + id).then().statusCode(200)
                .body("name", equalTo("Lee"));
    }

    private static String contact(TestWorkspace ws) {
        return given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("email", "lee." + UUID.randomUUID() + "@example.com", "name", "Lee"))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }
}
