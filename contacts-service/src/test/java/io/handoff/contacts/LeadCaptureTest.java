package io.handoff.contacts;

import io.handoff.events.Answer;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Invitee;
import io.handoff.events.Topics;
import io.handoff.events.Utm;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** lead.captured.v1 from scheduling-service becomes a contact in Appointment Setting, exactly once. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class LeadCaptureTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldShowACapturedLeadInAppointmentSettingAndUpgradeItOnCompletion() {
        TestWorkspace ws = TestWorkspace.open();
        UUID leadId = UUID.randomUUID();
        probe.publish(Topics.SCHEDULING, lead(ws, leadId, "POTENTIAL", "Lee@Example.com", List.of()));

        awaitLeads(ws, "POTENTIAL", 1);
        probe.publish(Topics.SCHEDULING, lead(ws, leadId, "QUALIFIED", "lee@example.com",
                List.of(new Answer("Monthly budget", "$1k-$5k"))));

        awaitLeads(ws, "QUALIFIED", 1);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/appointment-setting").then()
                .body("items", hasSize(1))
                .body("items[0].email", equalTo("Lee@Example.com"))
                .body("items[0].utm.source", equalTo("newsletter"))
                .body("items[0].answers[0].answer", equalTo("$1k-$5k"))
                .body("items[0].ipAddress", equalTo("203.0.113.7"));
        probe.awaitOne(Topics.CONTACTS, e -> e.type().equals("contact.created.v1") && ws.id().equals(e.workspaceId()));
    }

    @Test
    void shouldApplyARedeliveredEventOnlyOnce() {
        TestWorkspace ws = TestWorkspace.open();
        CloudEvent potential = lead(ws, UUID.randomUUID(), "POTENTIAL", "once@example.com", List.of());
        probe.publish(Topics.SCHEDULING, potential);
        awaitLeads(ws, "POTENTIAL", 1);
        int version = given().auth().oauth2(ws.adminToken()).get("/api/v1/appointment-setting")
                .then().extract().path("items[0].version");

        probe.publish(Topics.SCHEDULING, potential);
        CloudEvent marker = lead(ws, UUID.randomUUID(), "QUALIFIED", "marker@example.com", List.of());
        probe.publish(Topics.SCHEDULING, marker);
        awaitLeads(ws, "QUALIFIED", 1);

        given().auth().oauth2(ws.adminToken()).get("/api/v1/appointment-setting?leadStatus=POTENTIAL").then()
                .body("items", hasSize(1)).body("items[0].version", equalTo(version));
        List<CloudEvent> created = probe.events(Topics.CONTACTS).stream()
                .filter(e -> e.type().equals("contact.created.v1") && ws.id().equals(e.workspaceId())).toList();
        org.assertj.core.api.Assertions.assertThat(created).hasSize(2);
    }

    @Test
    void shouldKeepDisqualifiedLeadsWithTheirReason() {
        TestWorkspace ws = TestWorkspace.open();
        var data = new LeadCaptured(UUID.randomUUID(), UUID.randomUUID(), "DISQUALIFIED", "Monthly budget: Under $1k",
                new Invitee("low@example.com", "Low Budget", null, "UTC"), List.of(), null, null, Instant.now());
        probe.publish(Topics.SCHEDULING, CloudEvent.of(EventType.LEAD_CAPTURED, "/test", ws.id(),
                data.leadId().toString(), data, Instant.now()));

        awaitLeads(ws, "DISQUALIFIED", 1);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/appointment-setting?leadStatus=DISQUALIFIED").then()
                .body("items[0].disqualificationReason", equalTo("Monthly budget: Under $1k"));
    }

    private static CloudEvent lead(TestWorkspace ws, UUID leadId, String status, String email, List<Answer> answers) {
        var data = new LeadCaptured(leadId, UUID.randomUUID(), status, null,
                new Invitee(email, "Lee Lead", "+14155550123", "America/New_York"), answers,
                new Utm("newsletter", "email", "fall", null, null), "203.0.113.7", Instant.now());
        return CloudEvent.of(EventType.LEAD_CAPTURED, "/handoff/scheduling-service", ws.id(), leadId.toString(), data,
                Instant.now());
    }

    private static void awaitLeads(TestWorkspace ws, String status, int count) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ws.adminToken())
                .get("/api/v1/appointment-setting?leadStatus=" + status).then().statusCode(200)
                .body("items", hasSize(count)));
    }
}
