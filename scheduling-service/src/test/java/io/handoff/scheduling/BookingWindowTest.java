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
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Starts a booking may take: inside Java's and the database's years, in the future, inside the booking window. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class BookingWindowTest {

    private static final String FAR_OUT = "+1000000000-12-31T15:00:00Z";
    private static final String PROBLEMS = "https://handoff.dev/problems/";

    private final TopicProbe probe = new TopicProbe();

    @Inject
    TestClock clock;

    @Test
    void shouldAnswerInstantsBeyondTheCalendarWithA400NamingTheField() {
        clock.set("2027-05-03T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = strategyCall(tenant, null);
        String page = "/api/v1/public/" + tenant.slug() + "/event-types/" + typeId;

        post(tenant, "/api/v1/calls", Fixtures.newCall(typeId, null, FAR_OUT, "far@example.com"))
                .statusCode(400).body("errors.field", contains("start"));
        given().contentType(ContentType.JSON).body(publicBooking("far@example.com", FAR_OUT))
                .post(page + "/bookings").then().statusCode(400).body("errors.field", contains("start"));
        String callId = post(tenant, "/api/v1/calls", Fixtures.newCall(typeId, null, "2027-05-04T10:00:00Z",
                "near@example.com")).statusCode(201).extract().path("id");
        post(tenant, "/api/v1/calls/" + callId + "/reschedule", Map.of("start", FAR_OUT))
                .statusCode(400).body("errors.field", contains("start"));

        list(tenant, "from", FAR_OUT).statusCode(400).body("errors.field", contains("from"));
        list(tenant, "to", FAR_OUT).statusCode(400).body("errors.field", contains("to"));
        list(tenant, "from", "+999999999-12-31").statusCode(400).body("errors.field", contains("from"));
        given().queryParam("from", "+999999999-12-30").queryParam("to", "+999999999-12-31").get(page + "/slots")
                .then().statusCode(400).body("errors.field", hasItem("from"));
    }

    @Test
    void shouldRefuseStartsInThePastOrBeyondTheBookingWindow() {
        clock.set("2027-05-03T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = strategyCall(tenant, null);
        String page = "/api/v1/public/" + tenant.slug() + "/event-types/" + typeId;
        given().auth().oauth2(tenant.adminToken()).get("/api/v1/event-types/" + typeId).then()
                .body("bookingWindowDays", equalTo(60));
        given().get(page).then().statusCode(200).body("bookingWindowDays", equalTo(60));

        // 60 days after 2027-05-03T06:00Z is 2027-07-02T06:00Z: the last bookable start comes before it.
        post(tenant, "/api/v1/calls", Fixtures.newCall(typeId, null, "2027-07-02T06:00:00Z", "late@example.com"))
                .statusCode(400).body("type", equalTo(PROBLEMS + "outside-booking-window"));
        post(tenant, "/api/v1/calls", Fixtures.newCall(typeId, null, "9999-12-31T10:00:00Z", "late@example.com"))
                .statusCode(400).body("type", equalTo(PROBLEMS + "outside-booking-window"));
        given().contentType(ContentType.JSON).body(publicBooking("late@example.com", "2027-08-02T10:00:00Z"))
                .post(page + "/bookings").then().statusCode(400).body("type", equalTo(PROBLEMS + "outside-booking-window"));
        post(tenant, "/api/v1/calls", Fixtures.newCall(typeId, null, "2027-05-03T05:00:00Z", "past@example.com"))
                .statusCode(400).body("type", equalTo(PROBLEMS + "start-in-past"));

        String callId = post(tenant, "/api/v1/calls", Fixtures.newCall(typeId, null, "2027-07-02T05:45:00Z",
                "late@example.com")).statusCode(201).extract().path("id");
        post(tenant, "/api/v1/calls/" + callId + "/reschedule", Map.of("start", "2027-07-05T10:00:00Z"))
                .statusCode(400).body("type", equalTo(PROBLEMS + "outside-booking-window"));
        post(tenant, "/api/v1/calls/" + callId + "/reschedule", Map.of("start", "2027-05-02T10:00:00Z"))
                .statusCode(400).body("type", equalTo(PROBLEMS + "start-in-past"));
        post(tenant, "/api/v1/calls/" + callId + "/reschedule", Map.of("start", "2027-07-01T10:00:00Z"))
                .statusCode(200);

        // The slots stop where the window does.
        slots(page, "2027-07-01", "2027-07-03").body("slots.startUtc", hasItem("2027-07-02T05:45:00Z"))
                .body("slots.startUtc", not(hasItem("2027-07-02T06:00:00Z")));
        given().auth().oauth2(tenant.adminToken()).queryParam("from", "2027-07-03").queryParam("to", "2027-07-10")
                .queryParam("timeZone", "UTC").get("/api/v1/event-types/" + typeId + "/slots").then().statusCode(200)
                .body("slots", empty());
    }

    @Test
    void shouldLetAdminsSetTheBookingWindow() {
        clock.set("2027-05-03T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        Map<String, Object> tooLong = new HashMap<>(Fixtures.eventType("Strategy", "STRATEGY", 30, "ROUND_ROBIN",
                Map.of(tenant.hostA(), 1)));
        tooLong.put("bookingWindowDays", 731);
        refusedType(tenant, tooLong).statusCode(400).body("errors.field", contains("bookingWindowDays"));
        tooLong.put("bookingWindowDays", 0);
        refusedType(tenant, tooLong).statusCode(400).body("errors.field", contains("bookingWindowDays"));

        String typeId = strategyCall(tenant, 365);
        given().auth().oauth2(tenant.adminToken()).get("/api/v1/event-types/" + typeId).then()
                .body("bookingWindowDays", equalTo(365));
        post(tenant, "/api/v1/calls", Fixtures.newCall(typeId, null, "2028-01-03T10:00:00Z", "next@example.com"))
                .statusCode(201);

        patch(tenant, typeId, Map.of("bookingWindowDays", 7)).statusCode(200).body("bookingWindowDays", equalTo(7))
                .body("name", equalTo("Strategy Call"));
        patch(tenant, typeId, Map.of("bookingWindowDays", 1000)).statusCode(400)
                .body("errors.field", contains("bookingWindowDays"));
        given().auth().oauth2(tenant.userToken(tenant.hostA())).contentType(ContentType.JSON)
                .body(Map.of("bookingWindowDays", 30)).patch("/api/v1/event-types/" + typeId).then().statusCode(403);
        post(tenant, "/api/v1/calls", Fixtures.newCall(typeId, null, "2027-05-11T10:00:00Z", "soon@example.com"))
                .statusCode(400).body("type", equalTo(PROBLEMS + "outside-booking-window"));
        post(tenant, "/api/v1/calls", Fixtures.newCall(typeId, null, "2027-05-09T10:00:00Z", "soon@example.com"))
                .statusCode(201);
        slots("/api/v1/public/" + tenant.slug() + "/event-types/" + typeId, "2027-05-11", "2027-05-20")
                .body("slots", empty());
    }

    /** A strategy call with one host free round the clock, its window as given (null: the default). */
    private static String strategyCall(TestTenant tenant, Integer windowDays) {
        Map<String, Object> body = new HashMap<>(Fixtures.eventType("Strategy Call", "STRATEGY", 30, "ROUND_ROBIN",
                Map.of(tenant.hostA(), 1)));
        if (windowDays != null) {
            body.put("bookingWindowDays", windowDays);
        }
        String typeId = tenant.createEventType(body);
        tenant.setAvailability(tenant.hostA(), Fixtures.alwaysFree("UTC"));
        return typeId;
    }

    /** Posts an event type the validation refuses before it looks at the workspace. */
    private static ValidatableResponse refusedType(TestTenant tenant, Map<String, Object> body) {
        return given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/event-types").then();
    }

    private static Map<String, Object> publicBooking(String email, String start) {
        return Map.of("email", email, "name", "Lee Lead", "timeZone", "UTC", "start", start);
    }

    private static ValidatableResponse post(TestTenant tenant, String path, Map<String, Object> body) {
        return given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static ValidatableResponse patch(TestTenant tenant, String typeId, Map<String, Object> body) {
        return given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(body)
                .patch("/api/v1/event-types/" + typeId).then();
    }

    private static ValidatableResponse list(TestTenant tenant, String parameter, String value) {
        return given().auth().oauth2(tenant.adminToken()).queryParam(parameter, value).get("/api/v1/calls").then();
    }

    private static ValidatableResponse slots(String page, String from, String to) {
        return given().queryParam("from", from).queryParam("to", to).queryParam("timeZone", "UTC")
                .get(page + "/slots").then().statusCode(200);
    }
}
