package io.handoff.scheduling;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Rescheduling and cancelling calls with their history, and the calls list with its filters, tags and pages. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class CallLifecycleTest {

    private final TopicProbe probe = new TopicProbe();

    @Inject
    TestClock clock;

    @Test
    void shouldRescheduleToTheSameHostWhenFreeElseAnotherAndKeepHistory() {
        clock.set("2027-03-01T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = eventType(tenant);
        String first = book(tenant, tenant.adminToken(), typeId, tenant.hostA(), "2027-03-02T10:00:00Z", "x@example.com");
        book(tenant, tenant.adminToken(), typeId, tenant.hostA(), "2027-03-02T11:00:00Z", "y@example.com");

        reschedule(tenant, first, Map.of("start", "2027-03-02T12:00:00Z", "reason", "Invitee asked")).statusCode(200)
                .body("host.userId", equalTo(tenant.hostA().toString())).body("rescheduleCount", equalTo(1))
                .body("tags", contains("rescheduled"));
        reschedule(tenant, first, Map.of("start", "2027-03-02T11:00:00Z")).statusCode(200)
                .body("host.userId", equalTo(tenant.hostB().toString())).body("start", equalTo("2027-03-02T11:00:00Z"));
        reschedule(tenant, first, Map.of("start", "2027-03-02T11:00:00Z", "hostId", tenant.adminId().toString()))
                .statusCode(422);
        reschedule(tenant, first, Map.of("start", "2027-03-01T05:00:00Z")).statusCode(400)
                .body("type", equalTo("https://handoff.dev/problems/start-in-past"));

        given().auth().oauth2(tenant.adminToken()).get("/api/v1/calls/" + first).then().statusCode(200)
                .body("history.size()", equalTo(2)).body("history[0].previousStart", equalTo("2027-03-02T10:00:00Z"))
                .body("history[0].start", equalTo("2027-03-02T12:00:00Z")).body("history[0].reason", equalTo("Invitee asked"))
                .body("history[1].previousHostId", equalTo(tenant.hostA().toString()))
                .body("history[1].hostId", equalTo(tenant.hostB().toString()));
        List<CloudEvent> events = probe.await(Topics.SCHEDULING, e -> e.type().equals("call.rescheduled.v1")
                && e.subject().equals(first), 2);
        CallRescheduled moved = events.get(1).dataAs(CallRescheduled.class);
        assertThat(moved.previousStart()).hasToString("2027-03-02T12:00:00Z");
        assertThat(moved.hostId()).isEqualTo(tenant.hostB());
        assertThat(moved.actor().userId()).isEqualTo(tenant.adminId());
    }

    @Test
    void shouldCancelWithAReasonFreeTheSlotAndKeepAdminCancellationsToManagers() {
        clock.set("2027-03-01T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = eventType(tenant);
        String callId = book(tenant, tenant.adminToken(), typeId, tenant.hostA(), "2027-03-02T10:00:00Z", "z@example.com");
        TestTenant other = TestTenant.open(probe, "STARTUP");

        cancel(tenant.userToken(tenant.hostB()), callId, "ADMIN").statusCode(403);
        cancel(other.adminToken(), callId, "CONTACT").statusCode(404);
        cancel(tenant.userToken(tenant.hostB()), callId, "CONTACT").statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancellation.by", equalTo("CONTACT")).body("tags", contains("cancelled"));
        cancel(tenant.adminToken(), callId, "ADMIN").statusCode(409);
        reschedule(tenant, callId, Map.of("start", "2027-03-02T12:00:00Z")).statusCode(409);

        CallCancelled cancelled = probe.awaitOne(Topics.SCHEDULING, e -> e.type().equals("call.cancelled.v1")
                && e.subject().equals(callId)).dataAs(CallCancelled.class);
        assertThat(cancelled.cancelledBy()).isEqualTo("CONTACT");
        assertThat(cancelled.reason()).isEqualTo("Cannot make it");
        assertThat(cancelled.actor().userId()).isEqualTo(tenant.hostB());
        book(tenant, tenant.adminToken(), typeId, tenant.hostA(), "2027-03-02T10:00:00Z", "z@example.com");
        given().auth().oauth2(other.adminToken()).get("/api/v1/calls/" + callId).then().statusCode(404);
    }

    @Test
    void shouldListUpcomingAndPastCallsByFiltersTagsAndPages() {
        clock.set("2027-04-05T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = eventType(tenant);
        UUID setter = tenant.addHost(probe, "Sid Setter");
        String setterToken = tenant.userToken(setter);
        String c1 = book(tenant, setterToken, typeId, tenant.hostA(), "2027-04-05T10:00:00Z", "c1@example.com");
        String c2 = book(tenant, tenant.adminToken(), typeId, tenant.hostB(), "2027-04-05T11:00:00Z", "c2@example.com");
        String c3 = book(tenant, setterToken, typeId, tenant.hostA(), "2027-04-06T10:00:00Z", "c3@example.com");
        String c4 = book(tenant, tenant.adminToken(), typeId, tenant.hostB(), "2027-04-07T10:00:00Z", "c4@example.com");
        String c5 = book(tenant, tenant.adminToken(), typeId, tenant.hostA(), "2027-04-08T10:00:00Z", "c5@example.com");
        cancel(tenant.adminToken(), c4, "ADMIN").statusCode(200);
        reschedule(tenant, c5, Map.of("start", "2027-04-08T12:00:00Z")).statusCode(200);
        clock.set("2027-04-06T12:00:00Z");
        Outcomes.record(probe, tenant, c1, "STRATEGY", "SALE", 1);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> CallsTest.ids(list(tenant, "tab=past&tag=outcome-added")), ids -> ids.equals(List.of(c1)));
        assertThat(CallsTest.ids(list(tenant, "tab=past"))).containsExactly(c3, c2, c1);
        assertThat(CallsTest.ids(list(tenant, "tab=past&tag=outcome_missing"))).containsExactly(c3, c2);
        assertThat(CallsTest.ids(list(tenant, "limit=50"))).as("cancelled calls are not upcoming").containsExactly(c5);
        assertThat(CallsTest.ids(list(tenant, "tab=upcoming&hostId=" + tenant.hostB()))).isEmpty();
        assertThat(CallsTest.ids(list(tenant, "tab=upcoming&tag=cancelled"))).containsExactly(c4);
        assertThat(CallsTest.ids(list(tenant, "tab=upcoming&tag=rescheduled"))).containsExactly(c5);
        assertThat(CallsTest.ids(list(tenant, "tab=past&hostId=" + tenant.hostA()))).containsExactly(c3, c1);
        assertThat(CallsTest.ids(list(tenant, "tab=past&setById=" + setter))).containsExactly(c3, c1);
        assertThat(CallsTest.ids(list(tenant, "tab=past&eventTypeId=" + typeId + "&from=2027-04-06&to=2027-04-06")))
                .containsExactly(c3);
        list(tenant, "tab=past").body("items[0].tags", contains("outcome-missing")).body("items[2].outcome", equalTo("SALE"));

        ValidatableResponse page = list(tenant, "tab=past&limit=2");
        assertThat(CallsTest.ids(page)).containsExactly(c3, c2);
        String cursor = page.extract().path("nextCursor");
        list(tenant, "tab=past&limit=2&cursor=" + cursor).body("items.id", contains(c1)).body("nextCursor", nullValue());
        given().auth().oauth2(tenant.adminToken()).get("/api/v1/calls?tab=later").then().statusCode(400);
        given().auth().oauth2(tenant.adminToken()).get("/api/v1/calls?tag=golden").then().statusCode(400);
        assertThat(CallsTest.ids(list(TestTenant.open(probe, "STARTUP"), "tab=past"))).isEmpty();
    }

    private static String eventType(TestTenant tenant) {
        String typeId = tenant.createEventType(Fixtures.eventType("Strategy Call", "STRATEGY", 30, "ROUND_ROBIN",
                Map.of(tenant.hostA(), 1, tenant.hostB(), 1)));
        tenant.setAvailability(tenant.hostA(), Fixtures.alwaysFree("UTC"));
        tenant.setAvailability(tenant.hostB(), Fixtures.alwaysFree("UTC"));
        return typeId;
    }

    private static String book(TestTenant tenant, String token, String typeId, UUID hostId, String start, String email) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.newCall(typeId, hostId, start, email)).post("/api/v1/calls").then().statusCode(201)
                .extract().path("id");
    }

    private static ValidatableResponse reschedule(TestTenant tenant, String callId, Map<String, Object> body) {
        return given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/calls/" + callId + "/reschedule").then();
    }

    private static ValidatableResponse cancel(String token, String callId, String by) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("by", by, "reason", "Cannot make it")).post("/api/v1/calls/" + callId + "/cancel").then();
    }

    private static ValidatableResponse list(TestTenant tenant, String query) {
        return given().auth().oauth2(tenant.adminToken()).get("/api/v1/calls?" + query).then().statusCode(200);
    }
}
