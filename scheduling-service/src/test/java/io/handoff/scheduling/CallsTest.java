package io.handoff.scheduling;

import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Topics;
import io.handoff.events.contacts.ContactCreated;
import io.handoff.events.contacts.ContactMerged;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Calls booked by members: set-by, host rules, the approved-discovery gate, idempotency and tenancy. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class CallsTest {

    private final TopicProbe probe = new TopicProbe();

    @Inject
    TestClock clock;

    @Test
    void shouldBookForSomeoneWithTheCallerAsSetter() {
        clock.set("2027-03-01T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        UUID setter = tenant.addHost(probe, "Sam Setter");
        String typeId = tenant.createEventType(Fixtures.eventType("Strategy Call", "STRATEGY", 45, "ROUND_ROBIN",
                Map.of(tenant.hostA(), 1, tenant.hostB(), 1, setter, 1)));
        tenant.setAvailability(tenant.hostA(), Fixtures.hours("UTC", Fixtures.WEEKDAYS, "09:00", "17:00"));
        UUID contactId = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(Fixtures.newCall(typeId, null, "2027-03-02T10:00:00Z", "ann@example.com"));
        body.put("contactId", contactId.toString());
        body.put("utm", Map.of("source", "webinar"));

        String callId = given().auth().oauth2(tenant.userToken(setter)).header("Idempotency-Key", "book-ann")
                .contentType(ContentType.JSON).body(body).post("/api/v1/calls").then().statusCode(201)
                .body("setBy.name", equalTo("Sam Setter")).body("bookedVia", equalTo("INTERNAL"))
                .body("host.userId", equalTo(tenant.hostA().toString())).body("end", equalTo("2027-03-02T10:45:00Z"))
                .body("status", equalTo("BOOKED")).extract().path("id");
        given().auth().oauth2(tenant.userToken(setter)).header("Idempotency-Key", "book-ann")
                .contentType(ContentType.JSON).body(body).post("/api/v1/calls").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(callId));

        CallBooked booked = probe.awaitOne(Topics.SCHEDULING, e -> e.type().equals("call.booked.v1")
                && e.subject().equals(callId)).dataAs(CallBooked.class);
        assertThat(booked.setBy().userId()).isEqualTo(setter);
        assertThat(booked.setBy().name()).isEqualTo("Sam Setter");
        assertThat(booked.setBy().email()).isNotBlank();
        assertThat(booked.contactId()).isEqualTo(contactId);
        assertThat(booked.bookedVia()).isEqualTo("INTERNAL");
        assertThat(booked.utm().source()).isEqualTo("webinar");
        given().auth().oauth2(tenant.adminToken()).get("/api/v1/calls/" + callId).then().statusCode(200)
                .body("invitee.email", equalTo("ann@example.com")).body("history.size()", equalTo(0));
    }

    @Test
    void shouldRefuseHostsOutsideTheEventTypeAndMissingHostsForSpecificTypes() {
        clock.set("2027-03-01T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = tenant.createEventType(Fixtures.eventType("Closer Call", "STRATEGY", 30, "SPECIFIC",
                Map.of(tenant.hostA(), 1, tenant.hostB(), 1)));
        tenant.setAvailability(tenant.hostA(), Fixtures.hours("UTC", Fixtures.WEEKDAYS, "09:00", "17:00"));
        TestTenant other = TestTenant.open(probe, "STARTUP");

        post(tenant.adminToken(), Fixtures.newCall(typeId, null, "2027-03-02T10:00:00Z", "a@example.com"))
                .statusCode(400).body("errors.field", hasItem("hostId"));
        post(tenant.adminToken(), Fixtures.newCall(typeId, tenant.adminId(), "2027-03-02T10:00:00Z", "a@example.com"))
                .statusCode(422).body("type", equalTo("https://handoff.dev/problems/host-not-in-event-type"));
        post(tenant.adminToken(), Fixtures.newCall(typeId, tenant.hostB(), "2027-03-02T10:00:00Z", "a@example.com"))
                .statusCode(409);
        Map<String, Object> strangeAnswers = new HashMap<>(Fixtures.newCall(typeId, tenant.hostA(),
                "2027-03-02T10:00:00Z", "a@example.com"));
        strangeAnswers.put("answers", Map.of("Unasked", "x"));
        post(tenant.adminToken(), strangeAnswers).statusCode(400).body("errors.field", hasItem("answers.Unasked"));
        post(other.adminToken(), Fixtures.newCall(typeId, tenant.hostA(), "2027-03-02T10:00:00Z", "a@example.com"))
                .statusCode(404);
        post(tenant.adminToken(), Fixtures.newCall(typeId, tenant.hostA(), "2027-02-28T10:00:00Z", "a@example.com"))
                .statusCode(400).body("type", equalTo("https://handoff.dev/problems/start-in-past"));
        post(tenant.adminToken(), Fixtures.newCall(typeId, tenant.hostA(), "2027-03-02T10:00:00Z", "a@example.com"))
                .statusCode(201);
        given().contentType(ContentType.JSON).body(Fixtures.newCall(typeId, tenant.hostA(), "2027-03-02T11:00:00Z",
                "a@example.com")).post("/api/v1/calls").then().statusCode(401);
    }

    @Test
    void shouldOpenStrategyCallsOnlyAfterAnApprovedDiscoveryCall() {
        clock.set("2027-03-01T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String discovery = tenant.createEventType(Fixtures.eventType("Discovery", "DISCOVERY", 30, "ROUND_ROBIN",
                Map.of(tenant.hostA(), 1)));
        Map<String, Object> gated = new HashMap<>(Fixtures.eventType("Strategy", "STRATEGY", 60, "ROUND_ROBIN",
                Map.of(tenant.hostB(), 1)));
        gated.put("requiresApprovedDiscovery", true);
        String strategy = tenant.createEventType(gated);
        tenant.setAvailability(tenant.hostA(), Fixtures.hours("UTC", Fixtures.WEEKDAYS, "09:00", "17:00"));
        tenant.setAvailability(tenant.hostB(), Fixtures.hours("UTC", Fixtures.WEEKDAYS, "09:00", "17:00"));

        post(tenant.adminToken(), Fixtures.newCall(strategy, null, "2027-03-03T10:00:00Z", "gate@example.com"))
                .statusCode(422).body("type", equalTo("https://handoff.dev/problems/discovery-not-approved"));
        String discoveryCall = post(tenant.adminToken(), Fixtures.newCall(discovery, null, "2027-03-02T10:00:00Z",
                "Gate@Example.com")).statusCode(201).extract().path("id");
        Outcomes.record(probe, tenant, discoveryCall, "DISCOVERY", "REJECTED", 1);
        Outcomes.record(probe, tenant, discoveryCall, "DISCOVERY", "APPROVED", 2);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> given()
                .auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON)
                .body(Fixtures.newCall(strategy, null, "2027-03-03T10:00:00Z", "gate@example.com"))
                .post("/api/v1/calls").statusCode(), status -> status == 201);
        post(tenant.adminToken(), Fixtures.newCall(strategy, null, "2027-03-03T12:00:00Z", "other@example.com"))
                .statusCode(422);
    }

    @Test
    void shouldLearnContactIdsFromContactsAndFollowTheirMerges() {
        clock.set("2027-03-01T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = tenant.createEventType(Fixtures.eventType("Strategy Call", "STRATEGY", 30, "ROUND_ROBIN",
                Map.of(tenant.hostA(), 1)));
        tenant.setAvailability(tenant.hostA(), Fixtures.alwaysFree("UTC"));
        String early = post(tenant.adminToken(), Fixtures.newCall(typeId, null, "2027-03-02T10:00:00Z", "Kim@Example.com"))
                .statusCode(201).body("contactId", nullValue()).extract().path("id");
        UUID duplicate = UUID.randomUUID();
        UUID primary = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.CONTACT_CREATED, "/test", tenant.id(), duplicate.toString(),
                new ContactCreated(duplicate, "kim@example.com", "Kim", null, null, "QUALIFIED", null, null, null, null,
                        Actor.system()), Instant.now()));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> given()
                .auth().oauth2(tenant.adminToken()).get("/api/v1/calls/" + early).then().extract().path("contactId"),
                duplicate.toString()::equals);
        post(tenant.adminToken(), Fixtures.newCall(typeId, null, "2027-03-09T10:00:00Z", "other@example.com"))
                .statusCode(201).body("contactId", nullValue());
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.CONTACT_MERGED, "/test", tenant.id(), primary.toString(),
                new ContactMerged(primary, duplicate, Actor.user(tenant.adminId())), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> given()
                .auth().oauth2(tenant.adminToken()).get("/api/v1/calls/" + early).then().extract().path("contactId"),
                primary.toString()::equals);
        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("by", "CONTACT", "reason", "Moved")).post("/api/v1/calls/" + early + "/cancel")
                .then().statusCode(200);
        post(tenant.adminToken(), Fixtures.newCall(typeId, null, "2027-03-03T10:00:00Z", "kim@example.com"))
                .statusCode(201).body("contactId", equalTo(primary.toString()));
    }

    private static io.restassured.response.ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/calls").then();
    }

    static List<String> ids(io.restassured.response.ValidatableResponse response) {
        return response.extract().jsonPath().getList("items.id");
    }
}
