package io.handoff.scheduling;

import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Public slots: hours minus calls and buffers, notice, caps, overrides, time zones and DST, bad queries. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class SlotsTest {

    private final TopicProbe probe = new TopicProbe();

    @Inject
    TestClock clock;

    @Test
    void shouldOfferTheHostsHoursMinusCallsAndBuffersInTheInviteeZone() {
        clock.set("2027-01-04T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = tenant.createEventType(Fixtures.eventType("Strategy Call", "STRATEGY", 30, "ROUND_ROBIN",
                Map.of(tenant.hostA(), 1)));
        tenant.setAvailability(tenant.hostA(), Fixtures.availability("Europe/Berlin", Fixtures.WEEKDAYS, "09:00",
                "12:00", 0, 15, 0, null));

        slots(tenant, typeId, "2027-01-05", "2027-01-05", "America/New_York").body("timeZone", equalTo("America/New_York"))
                .body("slots.size()", equalTo(11))
                .body("slots[0].start", equalTo("2027-01-05T03:00:00-05:00"))
                .body("slots[0].startUtc", equalTo("2027-01-05T08:00:00Z"));
        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON)
                .body(Fixtures.newCall(typeId, null, "2027-01-05T09:00:00Z", "first@example.com"))
                .post("/api/v1/calls").then().statusCode(201);

        slots(tenant, typeId, "2027-01-05", "2027-01-05", "America/New_York").body("slots.startUtc", contains(
                "2027-01-05T08:00:00Z", "2027-01-05T08:15:00Z", "2027-01-05T09:45:00Z", "2027-01-05T10:00:00Z",
                "2027-01-05T10:15:00Z", "2027-01-05T10:30:00Z"));
    }

    @Test
    void shouldHonourNoticeDailyCapsAndDateOverrides() {
        clock.set("2027-01-04T09:30:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = tenant.createEventType(Fixtures.eventType("Strategy Call", "STRATEGY", 60, "ROUND_ROBIN",
                Map.of(tenant.hostA(), 1)));
        Map<String, Object> hours = new HashMap<>(Fixtures.availability("UTC", Fixtures.ALL_DAYS, "09:00", "12:00", 0,
                0, 60, 2));
        hours.put("overrides", List.of(Map.of("date", "2027-01-06", "intervals", List.of()),
                Map.of("date", "2027-01-07", "intervals", List.of(Map.of("start", "18:00", "end", "19:00")))));
        tenant.setAvailability(tenant.hostA(), hours);
        for (String start : List.of("2027-01-05T09:00:00Z", "2027-01-05T11:00:00Z")) {
            given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON)
                    .body(Fixtures.newCall(typeId, null, start, "cap-" + start.substring(11, 13) + "@example.com"))
                    .post("/api/v1/calls").then().statusCode(201);
        }

        slots(tenant, typeId, "2027-01-04", "2027-01-07", "UTC").body("slots.startUtc", contains(
                "2027-01-04T10:30:00Z", "2027-01-04T10:45:00Z", "2027-01-04T11:00:00Z", "2027-01-07T18:00:00Z"));
        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON)
                .body(Fixtures.newCall(typeId, null, "2027-01-05T10:00:00Z", "third@example.com"))
                .post("/api/v1/calls").then().statusCode(409).body("type", equalTo("https://handoff.dev/problems/slot-taken"));
    }

    @Test
    void shouldStayOnLocalHoursAcrossDaylightSavingChangesInBerlinAndNewYork() {
        clock.set("2026-10-01T00:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String berlin = tenant.createEventType(Fixtures.eventType("Berlin Call", "STRATEGY", 60, "ROUND_ROBIN",
                Map.of(tenant.hostA(), 1)));
        // Booked up to a year ahead: the March slots below lie beyond the default window of 60 days.
        Map<String, Object> yearAhead = new java.util.HashMap<>(Fixtures.eventType("New York Call", "STRATEGY", 60,
                "ROUND_ROBIN", Map.of(tenant.hostB(), 1)));
        yearAhead.put("bookingWindowDays", 365);
        String newYork = tenant.createEventType(yearAhead);
        tenant.setAvailability(tenant.hostA(), Fixtures.hours("Europe/Berlin", Fixtures.WEEKDAYS, "09:00", "10:00"));
        tenant.setAvailability(tenant.hostB(), Fixtures.hours("America/New_York", Fixtures.WEEKDAYS, "09:00", "10:00"));

        // Berlin leaves summer time on 25 October, New York on 1 November: 09:00 in Berlin is 03:00, then
        // 04:00 for a week, then 03:00 again in New York.
        slots(tenant, berlin, "2026-10-22", "2026-11-03", "America/New_York").body("slots.start", contains(
                "2026-10-22T03:00:00-04:00", "2026-10-23T03:00:00-04:00", "2026-10-26T04:00:00-04:00",
                "2026-10-27T04:00:00-04:00", "2026-10-28T04:00:00-04:00", "2026-10-29T04:00:00-04:00",
                "2026-10-30T04:00:00-04:00", "2026-11-02T03:00:00-05:00", "2026-11-03T03:00:00-05:00"))
                .body("slots.startUtc", hasItem("2026-10-23T07:00:00Z")).body("slots.startUtc", hasItem("2026-11-02T08:00:00Z"));
        slots(tenant, newYork, "2027-03-12", "2027-03-15", "Europe/Berlin").body("slots.start", contains(
                "2027-03-12T15:00:00+01:00", "2027-03-15T14:00:00+01:00"))
                .body("slots.startUtc", contains("2027-03-12T14:00:00Z", "2027-03-15T13:00:00Z"));
    }

    @Test
    void shouldRefuseBadQueriesAndHideOtherWorkspaces() {
        clock.set("2027-01-04T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = tenant.createEventType(Fixtures.eventType("Strategy Call", "STRATEGY", 30, "ROUND_ROBIN",
                Map.of(tenant.hostA(), 1)));
        String path = "/api/v1/public/" + tenant.slug() + "/event-types/" + typeId + "/slots";
        TestTenant other = TestTenant.open(probe, "STARTUP");

        given().queryParam("from", "2026-12-01").queryParam("to", "2027-01-01").queryParam("timeZone", "UTC")
                .get(path).then().statusCode(400).body("errors.field", hasItem("to"));
        given().queryParam("from", "2026-12-01").queryParam("to", "2026-12-31").queryParam("timeZone", "UTC")
                .get(path).then().statusCode(200);
        given().queryParam("from", "2026-12-01").queryParam("to", "2026-12-02").queryParam("timeZone", "Nowhere/City")
                .get(path).then().statusCode(400).body("errors.field", hasItem("timeZone"));
        given().queryParam("from", "01/12/2026").queryParam("timeZone", "UTC").get(path).then().statusCode(400)
                .body("errors.field", hasItem("from")).body("errors.field", hasItem("to"));
        given().queryParam("from", "2026-12-01").queryParam("to", "2026-12-02").queryParam("hostId", UUID.randomUUID())
                .get(path).then().statusCode(400).body("errors.field", hasItem("hostId"));
        given().queryParam("from", "2026-12-01").queryParam("to", "2026-12-02")
                .get("/api/v1/public/" + other.slug() + "/event-types/" + typeId + "/slots").then().statusCode(404);
        given().auth().oauth2(other.adminToken()).queryParam("from", "2026-12-01").queryParam("to", "2026-12-02")
                .get("/api/v1/event-types/" + typeId + "/slots").then().statusCode(404);
        given().auth().oauth2(tenant.userToken(tenant.hostB())).queryParam("from", "2026-12-01").queryParam("to", "2026-12-02")
                .get("/api/v1/event-types/" + typeId + "/slots").then().statusCode(200).body("timeZone", equalTo("America/New_York"));
    }

    private static ValidatableResponse slots(TestTenant tenant, String typeId, String from, String to, String zone) {
        return given().queryParam("from", from).queryParam("to", to).queryParam("timeZone", zone)
                .get("/api/v1/public/" + tenant.slug() + "/event-types/" + typeId + "/slots").then().statusCode(200);
    }
}
