package io.handoff.scheduling;

import io.handoff.events.Answer;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Invitee;
import io.handoff.events.Topics;
import io.handoff.events.Utm;
import io.handoff.events.contacts.BookingRequested;
import io.handoff.events.scheduling.BookingRejected;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TestClock;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The scheduling side of Approve: booking.requested.v1 answered once by call.booked.v1 or booking.rejected.v1. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class ApprovalBookingTest {

    private final TopicProbe probe = new TopicProbe();

    @Inject
    TestClock clock;

    @Test
    void shouldBookTheApprovedCallOnceWithTheApproverAsSetter() {
        clock.set("2027-07-01T00:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String typeId = strategy(tenant, false);
        UUID setter = tenant.addHost(probe, "Sue Setter");
        tenant.setAvailability(setter, Fixtures.alwaysFree("UTC"));
        UUID contactId = UUID.randomUUID();
        BookingRequested request = new BookingRequested(UUID.randomUUID(), contactId, UUID.fromString(typeId), null,
                Instant.parse("2027-07-02T10:00:00Z"), setter, new Invitee("ap@example.com", "Al Approved", null,
                "Europe/Paris"), List.of(new Answer("Monthly budget", "Over $5k")),
                new Utm("ads", "cpc", "summer", null, null), Map.of("pain", "No pipeline"));
        CloudEvent event = requested(tenant, request);

        probe.publish(Topics.CONTACTS, event);
        probe.publish(Topics.CONTACTS, event);
        probe.publish(Topics.CONTACTS, requested(tenant, request));
        UUID marker = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, requested(tenant, new BookingRequested(marker, contactId, UUID.randomUUID(), null,
                request.start(), setter, request.invitee(), null, null, null)));

        probe.awaitOne(Topics.SCHEDULING, answering(marker));
        List<CloudEvent> answers = probe.events(Topics.SCHEDULING).stream().filter(answering(request.approvalId())).toList();
        assertThat(answers).hasSize(1);
        CallBooked booked = answers.get(0).dataAs(CallBooked.class);
        assertThat(booked.bookedVia()).isEqualTo("APPROVAL");
        assertThat(booked.contactId()).isEqualTo(contactId);
        assertThat(booked.setBy().userId()).isEqualTo(setter);
        assertThat(booked.setBy().name()).isEqualTo("Sue Setter");
        assertThat(booked.kind()).isEqualTo("STRATEGY");
        assertThat(booked.answers()).containsExactly(new Answer("Monthly budget", "Over $5k"));
        assertThat(booked.utm().campaign()).isEqualTo("summer");
        assertThat(booked.invitee().timeZone()).isEqualTo("Europe/Paris");
        given().auth().oauth2(tenant.adminToken()).get("/api/v1/calls/" + booked.callId()).then().statusCode(200)
                .body("approvalId", equalTo(request.approvalId().toString())).body("setBy.userId", equalTo(setter.toString()));
    }

    @Test
    void shouldRejectWithTheReasonWhenTheCallCannotBeBooked() {
        clock.set("2027-07-01T00:00:00Z");
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String open = strategy(tenant, false);
        String gated = strategy(tenant, true);
        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON)
                .body(Fixtures.newCall(open, tenant.hostA(), "2027-07-02T10:00:00Z", "first@example.com"))
                .post("/api/v1/calls").then().statusCode(201);

        assertRejected(tenant, UUID.randomUUID().toString(), null, "2027-07-02T10:00:00Z", "EVENT_TYPE_NOT_FOUND");
        assertRejected(tenant, open, tenant.adminId(), "2027-07-02T10:00:00Z", "HOST_NOT_IN_EVENT_TYPE");
        assertRejected(tenant, gated, null, "2027-07-02T12:00:00Z", "GATE_NOT_PASSED");
        assertRejected(tenant, open, tenant.hostA(), "2027-07-02T10:00:00Z", "SLOT_TAKEN");
        assertRejected(tenant, open, null, "2027-07-02T03:00:00Z", "SLOT_TAKEN");
    }

    private void assertRejected(TestTenant tenant, String typeId, UUID hostId, String start, String reason) {
        UUID contactId = UUID.randomUUID();
        BookingRequested request = new BookingRequested(UUID.randomUUID(), contactId, UUID.fromString(typeId), hostId,
                Instant.parse(start), tenant.hostB(), new Invitee(contactId + "@example.com", null, null, null), null,
                null, null);
        probe.publish(Topics.CONTACTS, requested(tenant, request));

        CloudEvent answer = probe.awaitOne(Topics.SCHEDULING, answering(request.approvalId()));
        assertThat(answer.type()).isEqualTo("booking.rejected.v1");
        assertThat(answer.subject()).isEqualTo(contactId.toString());
        BookingRejected rejected = answer.dataAs(BookingRejected.class);
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(rejected.contactId()).isEqualTo(contactId);
        assertThat(rejected.detail()).isNotBlank();
    }

    /** A round-robin strategy event type of hosts A and B, free on weekdays 09:00-17:00 UTC. */
    private static String strategy(TestTenant tenant, boolean gated) {
        Map<String, Object> body = new HashMap<>(Fixtures.eventType(gated ? "Gated Strategy" : "Strategy", "STRATEGY",
                60, "ROUND_ROBIN", Map.of(tenant.hostA(), 1, tenant.hostB(), 1)));
        body.put("requiresApprovedDiscovery", gated);
        String typeId = tenant.createEventType(body);
        tenant.setAvailability(tenant.hostA(), Fixtures.hours("UTC", Fixtures.WEEKDAYS, "09:00", "17:00"));
        tenant.setAvailability(tenant.hostB(), Fixtures.hours("UTC", Fixtures.WEEKDAYS, "09:00", "17:00"));
        return typeId;
    }

    private static CloudEvent requested(TestTenant tenant, BookingRequested request) {
        return CloudEvent.of(EventType.BOOKING_REQUESTED, "/test", tenant.id(), request.contactId().toString(), request,
                Instant.now());
    }

    private static Predicate<CloudEvent> answering(UUID approvalId) {
        return e -> (e.type().equals("call.booked.v1") || e.type().equals("booking.rejected.v1"))
                && approvalId.toString().equals(e.data().path("approvalId").asText());
    }
}
