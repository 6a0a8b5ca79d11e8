package io.handoff.scheduling;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Topics;
import io.handoff.events.contacts.UserProfile;
import io.handoff.events.contacts.WorkspaceSettings;
import io.handoff.testing.Tokens;
import io.handoff.testing.TopicProbe;
import io.restassured.http.ContentType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * A workspace announced the way contacts-service announces it (events on handoff.contacts), with an admin
 * and two hosts; each test gets its own.
 */
public record TestTenant(UUID id, String slug, UUID adminId, UUID hostA, UUID hostB) {

    public static TestTenant open(TopicProbe probe, String plan) {
        UUID id = UUID.randomUUID();
        String slug = "t-" + id.toString().substring(0, 8);
        TestTenant tenant = new TestTenant(id, slug, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Instant now = Instant.now();
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.WORKSPACE_CREATED, "/test", id, id.toString(),
                new WorkspaceSettings(id, "Tenant " + slug, slug, "USD", "America/New_York", plan, 5), now));
        tenant.announce(probe, tenant.adminId, "Ada Admin", "ADMIN", true);
        tenant.announce(probe, tenant.hostA, "Cole Closer", "USER", true);
        tenant.announce(probe, tenant.hostB, "Cleo Closer", "USER", true);
        return tenant;
    }

    public void announce(TopicProbe probe, UUID userId, String name, String role, boolean active) {
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.USER_CREATED, "/test", id, userId.toString(),
                new UserProfile(userId, id, name, name.toLowerCase().replace(' ', '.') + "@" + slug + ".test",
                        "Europe/Berlin", role, active), Instant.now()));
    }

    public String adminToken() {
        return Tokens.user(id, adminId, "ADMIN");
    }

    public String userToken(UUID userId) {
        return Tokens.user(id, userId, "USER");
    }

    /** Announces one more active host (a USER) and returns their id. */
    public UUID addHost(TopicProbe probe, String name) {
        UUID userId = UUID.randomUUID();
        announce(probe, userId, name, "USER", true);
        return userId;
    }

    /** Sets a host's availability once scheduling-service has learned of the host. */
    public void setAvailability(UUID hostId, Map<String, Object> body) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(adminToken()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/hosts/" + hostId + "/availability").statusCode(), status -> status == 200);
    }

    /** Creates an event type once scheduling-service has learned of the workspace and its hosts. */
    public String createEventType(Map<String, Object> body) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().auth().oauth2(adminToken()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/event-types");
            return response.statusCode() == 201 ? response.jsonPath().getString("id") : null;
        }, java.util.Objects::nonNull);
    }

    public Map<String, Object> discoveryCall() {
        return Map.of("name", "Discovery Call", "kind", "DISCOVERY", "durationMinutes", 30, "assignment", "ROUND_ROBIN",
                "hosts", List.of(Map.of("userId", hostA.toString(), "weight", 1), Map.of("userId", hostB.toString())),
                "questions", List.of(
                        Map.of("label", "Biggest challenge", "type", "TEXT", "required", true),
                        Map.of("label", "Monthly budget", "type", "SINGLE", "required", true,
                                "options", List.of("Under $1k", "$1k-$5k", "Over $5k")),
                        Map.of("label", "Channels", "type", "MULTI", "required", false,
                                "options", List.of("Ads", "SEO", "Referrals"))),
                "disqualificationRules", List.of(Map.of("question", "Monthly budget", "values", List.of("Under $1k"))));
    }
}
