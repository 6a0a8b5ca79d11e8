package io.handoff.scheduling;

import io.handoff.events.CloudEvent;
import io.handoff.events.Topics;
import io.handoff.events.scheduling.LeadCaptured;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The public booking form captures leads as POTENTIAL, QUALIFIED or DISQUALIFIED and announces them. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class PublicLeadCaptureTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldCaptureAPartialFormAsPotentialThenQualifyTheSameLead() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String typeId = tenant.createEventType(tenant.discoveryCall());
        String form = "/api/v1/public/" + tenant.slug() + "/event-types/" + typeId;

        given().get(form).then().statusCode(200).body("name", equalTo("Discovery Call"))
                .body("hosts", nullValue()).body("disqualificationRules", nullValue());
        String leadId = given().contentType(ContentType.JSON)
                .body(Map.of("email", "Lee@Example.com", "name", "Lee", "complete", false,
                        "utm", Map.of("source", "newsletter", "campaign", "fall")))
                .post(form + "/leads").then().statusCode(201).body("status", equalTo("POTENTIAL")).extract().path("leadId");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "lee@example.com", "timeZone", "America/Chicago", "complete", true,
                        "answers", Map.of("Biggest challenge", "Too few calls", "Monthly budget", "$1k-$5k",
                                "Channels", List.of("Ads", "SEO"))))
                .post(form + "/leads").then().statusCode(200).body("status", equalTo("QUALIFIED"))
                .body("leadId", equalTo(leadId));

        List<CloudEvent> events = probe.await(Topics.SCHEDULING,
                e -> e.type().equals("lead.captured.v1") && e.subject().equals(leadId), 2);
        LeadCaptured last = events.get(1).dataAs(LeadCaptured.class);
        assertThat(events.get(0).dataAs(LeadCaptured.class).status()).isEqualTo("POTENTIAL");
        assertThat(last.status()).isEqualTo("QUALIFIED");
        assertThat(last.utm().source()).isEqualTo("newsletter");
        assertThat(last.answers()).extracting(a -> a.question() + "=" + a.answer())
                .containsExactly("Biggest challenge=Too few calls", "Monthly budget=$1k-$5k", "Channels=Ads, SEO");
        assertThat(last.invitee().timeZone()).isEqualTo("America/Chicago");
        assertThat(last.ipAddress()).isNotBlank();
        assertThat(events.get(1).workspaceId()).isEqualTo(tenant.id());
    }

    @Test
    void shouldTakeAFormWithoutCompleteAsPartial() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String typeId = tenant.createEventType(tenant.discoveryCall());

        given().contentType(ContentType.JSON).body(Map.of("email", "partial@example.com", "name", "Pat"))
                .post("/api/v1/public/" + tenant.slug() + "/event-types/" + typeId + "/leads").then().statusCode(201)
                .body("status", equalTo("POTENTIAL"));
    }

    @Test
    void shouldRefuseNulInTheFormNamingTheField() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String typeId = tenant.createEventType(tenant.discoveryCall());
        String leads = "/api/v1/public/" + tenant.slug() + "/event-types/" + typeId + "/leads";

        given().contentType(ContentType.JSON).body("{\"email\": \"nul@example.com\", \"name\": \"N\\u0000\"}")
                .post(leads).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"nul@example.com\", \"answers\": {\"Channels\": [\"Ads\", \"\\u0000\"]}}")
                .post(leads).then().statusCode(400).body("errors[0].field", startsWith("answers"));
        given().urlEncodingEnabled(false).get("/api/v1/public/" + tenant.slug() + "%00/event-types/" + typeId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("workspaceSlug"));
    }

    @Test
    void shouldDisqualifyALeadWhoseAnswerTripsARule() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String typeId = tenant.createEventType(tenant.discoveryCall());

        given().contentType(ContentType.JSON)
                .body(Map.of("email", "low@example.com", "complete", true,
                        "answers", Map.of("Biggest challenge", "Money", "Monthly budget", "Under $1k")))
                .post("/api/v1/public/" + tenant.slug() + "/event-types/" + typeId + "/leads").then().statusCode(201)
                .body("status", equalTo("DISQUALIFIED")).body("disqualificationReason", equalTo("Monthly budget: Under $1k"));
    }

    @Test
    void shouldRejectAnIncompleteOrMalformedFormAndAnnounceNothing() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String typeId = tenant.createEventType(tenant.discoveryCall());
        String leads = "/api/v1/public/" + tenant.slug() + "/event-types/" + typeId + "/leads";

        given().contentType(ContentType.JSON)
                .body(Map.of("email", "bad@example.com", "complete", true,
                        "answers", Map.of("Monthly budget", "A million", "Channels", List.of("Ads", "TV"), "Unasked", "x")))
                .post(leads).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("answers.Biggest challenge", "answers.Monthly budget",
                        "answers.Channels", "answers.Unasked"));
        given().contentType(ContentType.JSON).body(Map.of("email", "nope", "timeZone", "Nowhere/City", "complete", false))
                .post(leads).then().statusCode(400).body("errors.field", hasItems("email", "timeZone"));
        given().contentType(ContentType.JSON).body(Map.of("email", "x@example.com", "complete", false))
                .post("/api/v1/public/no-such-workspace/event-types/" + typeId + "/leads").then().statusCode(404);

        assertThat(probe.events(Topics.SCHEDULING)).noneMatch(e -> e.type().equals("lead.captured.v1")
                && tenant.id().equals(e.workspaceId()));
    }
}
