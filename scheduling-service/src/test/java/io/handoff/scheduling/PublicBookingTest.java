package io.handoff.scheduling;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Booking from the public page: only qualified leads book, one upcoming call each, announced as call.booked.v1. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class PublicBookingTest {

    private final TopicProbe probe = new TopicProbe();

    @Inject
    TestClock clock;

    @Test
    void shouldBookAQualifiedLeadOnceAndAnnounceTheCall() {
        clock.set("2027-02-01T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String typeId = discoveryWithHours(tenant);
        String page = "/api/v1/public/" + tenant.slug() + "/event-types/" + typeId;
        given().contentType(ContentType.JSON).body(Map.of("email", "lee@example.com", "complete", true,
                        "answers", Map.of("Biggest challenge", "Too few calls", "Monthly budget", "Over $5k"),
                        "utm", Map.of("source", "newsletter", "campaign", "spring")))
                .post(page + "/leads").then().statusCode(201).body("status", equalTo("QUALIFIED"));
        String start = given().queryParam("from", "2027-02-02").queryParam("to", "2027-02-02")
                .queryParam("timeZone", "America/Chicago").get(page + "/slots").then().statusCode(200)
                .extract().path("slots[0].startUtc");

        String callId = given().contentType(ContentType.JSON).body(booking("Lee@Example.com", start))
                .post(page + "/bookings").then().statusCode(201).body("start", equalTo(start))
                .body("eventTypeName", equalTo("Discovery Call")).body("timeZone", equalTo("America/Chicago"))
                .extract().path("id");

        CallBooked booked = probe.awaitOne(Topics.SCHEDULING, e -> e.type().equals("call.booked.v1")
                && e.subject().equals(callId)).dataAs(CallBooked.class);
        assertThat(booked.bookedVia()).isEqualTo("PUBLIC");
        assertThat(booked.setBy()).isNull();
        assertThat(booked.leadId()).isNotNull();
        assertThat(booked.kind()).isEqualTo("DISCOVERY");
        assertThat(booked.host().name()).isIn("Cole Closer", "Cleo Closer");
        assertThat(booked.utm().source()).isEqualTo("newsletter");
        assertThat(booked.answers()).extracting(a -> a.question() + "=" + a.answer())
                .contains("Monthly budget=Over $5k");
        // Round robin: the slot stays open while the other host is free.
        given().queryParam("from", "2027-02-02").queryParam("to", "2027-02-02").queryParam("timeZone", "America/Chicago")
                .get(page + "/slots").then().body("slots.startUtc", hasItem(start));
        given().contentType(ContentType.JSON).body(booking("lee@example.com", "2027-02-03T15:00:00Z"))
                .post(page + "/bookings").then().statusCode(409)
                .body("type", equalTo("https://handoff.dev/problems/already-booked"));
    }

    @Test
    void shouldRefuseLeadsThatAreNotQualifiedWithTheReason() {
        clock.set("2027-02-01T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String typeId = discoveryWithHours(tenant);
        String page = "/api/v1/public/" + tenant.slug() + "/event-types/" + typeId;

        given().contentType(ContentType.JSON).body(booking("stranger@example.com", "2027-02-02T15:00:00Z"))
                .post(page + "/bookings").then().statusCode(422)
                .body("type", equalTo("https://handoff.dev/problems/lead-not-qualified"));
        Map<String, Object> disqualifying = new HashMap<>(booking("low@example.com", "2027-02-02T15:00:00Z"));
        disqualifying.put("answers", Map.of("Biggest challenge", "Money", "Monthly budget", "Under $1k"));
        given().contentType(ContentType.JSON).body(disqualifying).post(page + "/bookings").then().statusCode(422)
                .body("type", equalTo("https://handoff.dev/problems/lead-disqualified"))
                .body("detail", containsString("Monthly budget: Under $1k"));
        given().contentType(ContentType.JSON).body(booking("low@example.com", "2027-02-02T15:00:00Z"))
                .post(page + "/bookings").then().statusCode(422)
                .body("type", equalTo("https://handoff.dev/problems/lead-disqualified"));

        // The answers given with the refused booking were kept: the lead was announced as DISQUALIFIED.
        CloudEvent captured = probe.awaitOne(Topics.SCHEDULING, e -> e.type().equals("lead.captured.v1")
                && tenant.id().equals(e.workspaceId()));
        assertThat(captured.dataAs(LeadCaptured.class).status()).isEqualTo("DISQUALIFIED");
        assertThat(probe.events(Topics.SCHEDULING)).noneMatch(e -> e.type().equals("call.booked.v1")
                && tenant.id().equals(e.workspaceId()));
    }

    @Test
    void shouldQualifyOnBookingWhenTheFormAsksNothing() {
        clock.set("2027-02-01T06:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        String typeId = tenant.createEventType(Fixtures.eventType("Intro", "STRATEGY", 30, "SPECIFIC",
                Map.of(tenant.hostA(), 1)));
        tenant.setAvailability(tenant.hostA(), Fixtures.hours("UTC", Fixtures.WEEKDAYS, "09:00", "17:00"));
        String page = "/api/v1/public/" + tenant.slug() + "/event-types/" + typeId;

        given().contentType(ContentType.JSON).body(booking("quick@example.com", "2027-02-02T10:00:00Z"))
                .post(page + "/bookings").then().statusCode(201).body("hostName", equalTo("Cole Closer"));
        given().contentType(ContentType.JSON).body(booking("late@example.com", "2027-02-02T17:00:00Z"))
                .post(page + "/bookings").then().statusCode(409);
        probe.awaitOne(Topics.SCHEDULING, e -> e.type().equals("lead.captured.v1") && tenant.id().equals(e.workspaceId())
                && "QUALIFIED".equals(e.dataAs(LeadCaptured.class).status()));
    }

    private static Map<String, Object> booking(String email, String start) {
        return Map.of("email", email, "name", "Lee Lead", "timeZone", "America/Chicago", "start", start);
    }

    /** The discovery call of TestTenant, its two hosts free on weekdays 09:00-17:00 in Chicago. */
    private static String discoveryWithHours(TestTenant tenant) {
        String typeId = tenant.createEventType(tenant.discoveryCall());
        tenant.setAvailability(tenant.hostA(), Fixtures.hours("America/Chicago", Fixtures.WEEKDAYS, "09:00", "17:00"));
        tenant.setAvailability(tenant.hostB(), Fixtures.hours("America/Chicago", Fixtures.WEEKDAYS, "09:00", "17:00"));
        return typeId;
    }
}
