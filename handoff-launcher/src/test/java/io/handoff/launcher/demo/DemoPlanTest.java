package io.handoff.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The seed's bodies are the services' public API: unknown fields are a 400 there, so they must match exactly. */
class DemoPlanTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldCreateWorkspaceWithItsFirstAdmin() throws Exception {
        JsonNode body = json.valueToTree(DemoPlan.workspace());

        assertThat(body).isEqualTo(json.readTree("""
                {"name":"Demo Sales","slug":"demo","currency":"USD","timeZone":"America/New_York",
                 "plan":"BUSINESS","admin":{"name":"Ada Admin","email":"ada@demo.handoff.dev",
                 "timeZone":"America/New_York"}}"""));
    }

    @Test
    void shouldPlanManagerTwoSettersAndTwoClosers() {
        assertThat(DemoPlan.MEMBERS).extracting(DemoState.User::role, DemoState.User::kind)
                .containsExactly(tuple("MANAGER", "manager"), tuple("USER", "setter"), tuple("USER", "setter"),
                        tuple("USER", "closer"), tuple("USER", "closer"));
        assertThat(json.<JsonNode>valueToTree(DemoPlan.member(DemoPlan.MEMBERS.get(0))).fieldNames())
                .toIterable().containsExactly("name", "email", "timeZone", "role");
    }

    @Test
    void shouldOfferWeekdayOfficeHoursInTheHostsTimeZone() {
        JsonNode body = json.valueToTree(DemoPlan.availability(DemoPlan.MEMBERS.get(2).withId("sue")));

        assertThat(body.path("timeZone").asText()).isEqualTo("America/Los_Angeles");
        assertThat(body.path("weekly")).hasSize(5);
        assertThat(body.path("weekly").get(0).toString()).isEqualTo(
                "{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"17:00\"}");
        assertThat(body.path("bufferAfterMinutes").asInt()).isEqualTo(10);
        assertThat(body.path("maxCallsPerDay").asInt()).isEqualTo(8);
    }

    @Test
    void shouldSendDiscoveryCallWithDisqualificationRuleAndNoStrategyOnlyFields() {
        List<DemoState.User> setters = List.of(DemoPlan.MEMBERS.get(1).withId("sam"),
                DemoPlan.MEMBERS.get(2).withId("sue"));

        JsonNode body = json.valueToTree(DemoPlan.discovery(setters));

        assertThat(body.has("requiresApprovedDiscovery")).isFalse();
        assertThat(body.path("hosts").toString())
                .isEqualTo("[{\"userId\":\"sam\",\"weight\":1},{\"userId\":\"sue\",\"weight\":1}]");
        assertThat(body.path("questions").get(0).has("options")).isFalse();
        assertThat(body.path("disqualificationRules").toString())
                .isEqualTo("[{\"question\":\"Monthly budget\",\"values\":[\"Under $1k\"]}]");
    }

    @Test
    void shouldSendStrategyCallThatNeedsNoApprovedDiscovery() {
        JsonNode body = json.valueToTree(DemoPlan.strategy(List.of(DemoPlan.MEMBERS.get(3).withId("cole"))));

        assertThat(body.path("kind").asText()).isEqualTo("STRATEGY");
        assertThat(body.path("durationMinutes").asInt()).isEqualTo(45);
        assertThat(body.path("requiresApprovedDiscovery").isBoolean()).isTrue();
        assertThat(body.path("requiresApprovedDiscovery").asBoolean()).isFalse();
        assertThat(body.path("disqualificationRules")).isEmpty();
    }
}
