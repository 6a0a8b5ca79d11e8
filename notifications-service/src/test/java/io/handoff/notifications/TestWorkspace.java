package io.handoff.notifications;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Topics;
import io.handoff.events.contacts.UserProfile;
import io.handoff.events.contacts.WorkspaceSettings;
import io.handoff.testing.TestInfrastructure;
import io.handoff.testing.Tokens;
import io.handoff.testing.TopicProbe;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * A fresh workspace with an admin, a manager and a user, announced the way contacts-service does it
 * (workspace.created.v1 and user.created.v1 on handoff.contacts); open() returns once this service has
 * applied them to its directory. Each test gets its own tenant.
 */
public record TestWorkspace(UUID id, UUID adminId, UUID managerId, UUID userId) {

    public static TestWorkspace open(TopicProbe probe) {
        UUID id = UUID.randomUUID();
        String slug = "ws-" + id.toString().substring(0, 8);
        TestWorkspace ws = new TestWorkspace(id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.WORKSPACE_CREATED, "/handoff/contacts-service", id,
                id.toString(), new WorkspaceSettings(id, "Acme " + slug, slug, "EUR", "Europe/Berlin", "BUSINESS", 5),
                Instant.now()));
        Map<UUID, String> roles = Map.of(ws.adminId, "ADMIN", ws.managerId, "MANAGER", ws.userId, "USER");
        roles.forEach((userId, role) -> probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.USER_CREATED,
                "/handoff/contacts-service", id, userId.toString(), new UserProfile(userId, id, role + " of " + slug,
                        role.toLowerCase() + "@" + slug + ".test", "Europe/Berlin", role, true), Instant.now())));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                count("select count(*) from known_workspace where id = ?", id) == 1
                        && count("select count(*) from known_user where workspace_id = ?", id) == 3);
        return ws;
    }

    /** Announces one more member and returns once this service has applied it. */
    public UUID addUser(TopicProbe probe, String role) {
        UUID userId = UUID.randomUUID();
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.USER_CREATED, "/handoff/contacts-service", id,
                userId.toString(), new UserProfile(userId, id, "New " + role, userId + "@example.com", "UTC", role, true),
                Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from known_user where id = ?", userId) == 1);
        return userId;
    }

    public String adminToken() {
        return Tokens.user(id, adminId, "ADMIN");
    }

    public String managerToken() {
        return Tokens.user(id, managerId, "MANAGER");
    }

    public String userToken() {
        return Tokens.user(id, userId, "USER");
    }

    /** Registers an endpoint as a manager; the answer holds its id and its secret. */
    public JsonPath createEndpoint(String url, String... eventTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", List.of(eventTypes));
        return given().auth().oauth2(managerToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/webhook-endpoints").then().statusCode(201).extract().jsonPath();
    }

    /** The endpoint's delivery log, newest first. */
    public JsonPath deliveries(String endpointId) {
        return given().auth().oauth2(adminToken()).get("/api/v1/webhook-endpoints/" + endpointId + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long count(String sql, UUID id) throws SQLException {
        TestInfrastructure infra = TestInfrastructure.get();
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl(), "postgres", "postgres");
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
