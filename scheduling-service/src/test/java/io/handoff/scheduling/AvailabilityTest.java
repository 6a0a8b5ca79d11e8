package io.handoff.scheduling;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Hosts' availability: the launcher's shape, overrides, validation, who may set it, tenancy. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class AvailabilityTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldKeepWeeklyHoursOverridesBuffersNoticeAndCap() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        Map<String, Object> body = new HashMap<>(Fixtures.availability("Europe/Berlin", Fixtures.WEEKDAYS, "09:00",
                "17:00", 0, 10, 60, 8));
        body.put("overrides", List.of(Map.of("date", "2026-12-24", "intervals", List.of()),
                Map.of("date", "2026-12-27", "intervals", List.of(Map.of("start", "10:00", "end", "12:00")))));
        tenant.setAvailability(tenant.hostA(), body);

        given().auth().oauth2(tenant.userToken(tenant.hostB())).get("/api/v1/hosts/" + tenant.hostA() + "/availability")
                .then().statusCode(200).body("timeZone", equalTo("Europe/Berlin")).body("weekly.size()", equalTo(5))
                .body("weekly[0].day", equalTo("MONDAY")).body("weekly[0].end", equalTo("17:00"))
                .body("overrides[0].intervals.size()", equalTo(0)).body("overrides[1].intervals[0].start", equalTo("10:00"))
                .body("bufferAfterMinutes", equalTo(10)).body("minimumNoticeMinutes", equalTo(60))
                .body("maxCallsPerDay", equalTo(8));
    }

    @Test
    void shouldRefuseHoursThatMakeNoSense() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        tenant.setAvailability(tenant.hostA(), Fixtures.alwaysFree("UTC"));
        Map<String, Object> body = new HashMap<>(Fixtures.availability("Mars/Olympus", List.of("MONDAY"), "17:00",
                "09:00", -5, 0, 0, 0));
        body.put("weekly", List.of(Map.of("day", "MONDAY", "start", "17:00", "end", "09:00"),
                Map.of("day", "TUESDAY", "start", "09:00", "end", "12:00"),
                Map.of("day", "TUESDAY", "start", "11:00", "end", "13:00")));

        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/hosts/" + tenant.hostA() + "/availability").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("timeZone", "bufferBeforeMinutes", "maxCallsPerDay"));
        body.put("timeZone", "UTC");
        body.put("bufferBeforeMinutes", 0);
        body.remove("maxCallsPerDay");
        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/hosts/" + tenant.hostA() + "/availability").then().statusCode(400)
                .body("errors.field", hasItems("weekly[0].end", "weekly"));
        body.put("weekly", List.of(Map.of("day", "FUNDAY", "start", "09:00", "end", "12:00")));
        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/hosts/" + tenant.hostA() + "/availability").then().statusCode(400);
    }

    @Test
    void shouldLetUsersSetOnlyTheirOwnAndHideOtherWorkspaces() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        tenant.setAvailability(tenant.hostA(), Fixtures.alwaysFree("UTC"));
        TestTenant other = TestTenant.open(probe, "BUSINESS");
        Map<String, Object> body = Fixtures.hours("America/New_York", Fixtures.WEEKDAYS, "08:00", "12:00");

        given().auth().oauth2(tenant.userToken(tenant.hostA())).contentType(ContentType.JSON).body(body)
                .put("/api/v1/hosts/" + tenant.hostA() + "/availability").then().statusCode(200)
                .body("timeZone", equalTo("America/New_York"));
        given().auth().oauth2(tenant.userToken(tenant.hostA())).contentType(ContentType.JSON).body(body)
                .put("/api/v1/hosts/" + tenant.hostB() + "/availability").then().statusCode(403);
        given().auth().oauth2(other.adminToken()).get("/api/v1/hosts/" + tenant.hostA() + "/availability")
                .then().statusCode(404);
        given().auth().oauth2(other.adminToken()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/hosts/" + tenant.hostA() + "/availability").then().statusCode(404);
        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/hosts/" + UUID.randomUUID() + "/availability").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/hosts/" + tenant.hostA() + "/availability").then().statusCode(401);
    }
}
