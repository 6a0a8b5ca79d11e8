package io.handoff.scheduling;

import io.handoff.events.Topics;
import io.handoff.events.scheduling.EventTypeSaved;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.Tokens;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Event types: plan gate, hosts that are active members, a coherent form, roles and tenancy. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class EventTypeTest {

    private final TopicProbe probe = new TopicProbe();

    @Test
    void shouldKeepHostsWeightsQuestionsAndRules() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String id = tenant.createEventType(tenant.discoveryCall());

        given().auth().oauth2(tenant.adminToken()).get("/api/v1/event-types/" + id).then().statusCode(200)
                .body("kind", equalTo("DISCOVERY")).body("hosts.size()", equalTo(2))
                .body("hosts.find { it.userId == '" + tenant.hostB() + "' }.weight", equalTo(1))
                .body("questions[1].options[0]", equalTo("Under $1k"))
                .body("disqualificationRules[0].question", equalTo("Monthly budget"));
    }

    @Test
    void shouldListEveryEventTypeWithItsOwnHosts() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String discovery = tenant.createEventType(tenant.discoveryCall());
        Map<String, Object> strategy = new HashMap<>(tenant.discoveryCall());
        strategy.put("kind", "STRATEGY");
        strategy.put("name", "Strategy call");
        strategy.put("hosts", List.of(Map.of("userId", tenant.hostA().toString(), "weight", 3)));
        String strategyId = tenant.createEventType(strategy);

        given().auth().oauth2(tenant.adminToken()).get("/api/v1/event-types").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.find { it.id == '" + discovery + "' }.hosts.size()", equalTo(2))
                .body("items.find { it.id == '" + strategyId + "' }.hosts.size()", equalTo(1))
                .body("items.find { it.id == '" + strategyId + "' }.hosts[0].weight", equalTo(3));
    }

    @Test
    void shouldAnnounceEveryEventTypeAsItIsSaved() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String id = tenant.createEventType(tenant.discoveryCall());

        EventTypeSaved created = probe.awaitOne(Topics.SCHEDULING, e -> e.type().equals("event-type.saved.v1")
                && e.subject().equals(id)).dataAs(EventTypeSaved.class);
        assertThat(created.kind()).isEqualTo("DISCOVERY");
        assertThat(created.assignment()).isEqualTo("ROUND_ROBIN");
        assertThat(created.hostIds()).containsExactlyInAnyOrder(tenant.hostA(), tenant.hostB());
        assertThat(created.bookingWindowDays()).isEqualTo(60);
        assertThat(created.active()).isTrue();

        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Discovery (short notice)", "bookingWindowDays", 14))
                .patch("/api/v1/event-types/" + id).then().statusCode(200);
        EventTypeSaved changed = probe.awaitOne(Topics.SCHEDULING, e -> e.type().equals("event-type.saved.v1")
                && e.subject().equals(id) && e.dataAs(EventTypeSaved.class).bookingWindowDays() == 14)
                .dataAs(EventTypeSaved.class);
        assertThat(changed.name()).isEqualTo("Discovery (short notice)");
        assertThat(changed.hostIds()).hasSize(2);
        given().auth().oauth2(TestTenant.open(probe, "BUSINESS").adminToken()).contentType(ContentType.JSON)
                .body(Map.of("bookingWindowDays", 14)).patch("/api/v1/event-types/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseDiscoveryCallsBelowTheBusinessPlan() {
        TestTenant tenant = TestTenant.open(probe, "STARTUP");
        Map<String, Object> strategy = new HashMap<>(tenant.discoveryCall());
        strategy.put("kind", "STRATEGY");
        tenant.createEventType(strategy);

        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(tenant.discoveryCall())
                .post("/api/v1/event-types").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://handoff.dev/problems/plan-required"));
    }

    @Test
    void shouldRefuseUnknownOrDeactivatedHostsAndIncoherentForms() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        tenant.createEventType(tenant.discoveryCall());
        UUID retired = UUID.randomUUID();
        tenant.announce(probe, retired, "Rita Retired", "USER", false);
        Map<String, Object> body = new HashMap<>(tenant.discoveryCall());
        body.put("hosts", List.of(Map.of("userId", UUID.randomUUID().toString())));

        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(body).post("/api/v1/event-types")
                .then().statusCode(400).body("errors.field", hasItem("hosts[0].userId"));
        body.put("hosts", List.of(Map.of("userId", tenant.hostA().toString())));
        body.put("durationMinutes", 10);
        body.put("disqualificationRules", List.of(Map.of("question", "Biggest challenge", "values", List.of("x"))));
        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(body).post("/api/v1/event-types")
                .then().statusCode(400).body("errors.field", hasItem("durationMinutes"));
        body.put("durationMinutes", 30);
        given().auth().oauth2(tenant.adminToken()).contentType(ContentType.JSON).body(body).post("/api/v1/event-types")
                .then().statusCode(400).body("errors.field", hasItem("disqualificationRules[0].question"));
    }

    @Test
    void shouldLetOnlyAdminsAndManagersDefineAndHideOtherWorkspaces() {
        TestTenant tenant = TestTenant.open(probe, "BUSINESS");
        String id = tenant.createEventType(tenant.discoveryCall());
        TestTenant other = TestTenant.open(probe, "BUSINESS");

        given().auth().oauth2(Tokens.user(tenant.id(), tenant.hostA(), "USER")).contentType(ContentType.JSON)
                .body(tenant.discoveryCall()).post("/api/v1/event-types").then().statusCode(403);
        given().auth().oauth2(Tokens.user(tenant.id(), tenant.hostA(), "USER")).get("/api/v1/event-types/" + id)
                .then().statusCode(200);
        given().auth().oauth2(other.adminToken()).get("/api/v1/event-types/" + id).then().statusCode(404);
        given().get("/api/v1/event-types").then().statusCode(401);
    }
}
