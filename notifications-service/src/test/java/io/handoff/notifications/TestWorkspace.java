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
        return open(probe, 5);
    }

    /** A workspace whose speed-to-lead SLA is this many minutes. */
    public static TestWorkspace open(TopicProbe probe, int slaMinutes) {
        UUID id = UUID.randomUUID();
        String slug = "ws-" + id.toString().substring(0, 8);
        TestWorkspace ws = new TestWorkspace(id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.WORKSPACE_CREATED, "/handoff/contacts-service", id,
                id.toString(), new WorkspaceSettings(id, "Acme " + slug, slug, "EUR", "Europe/Berlin", "BUSINESS", slaMinutes),
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
        return addUser(probe, userId, role, "New " + role, userId + "@example.com", "UTC");
    }

    public UUID addUser(TopicProbe probe, UUID userId, String role, String name, String email, String timeZone) {
        probe.publish(Topics.CONTACTS, CloudEvent.of(EventType.USER_CREATED, "/handoff/contacts-service", id,
                userId.toString(), new UserProfile(userId, id, name, email, timeZone, role, true), Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from known_user where id = ?", userId) == 1);
        return userId;
    }

    public String slug() {
        return "ws-" + id.toString().substring(0, 8);
    }

    /** The email address, and name, that open() gave the member of this role. */
    public String email(String role) {
        return role.toLowerCase() + "@" + slug() + ".test";
    }

    public String name(String role) {
        return role + " of " + slug();
    }

    /** What was and will be sent about a call, in the order due, read as a workspace user. */
    public List<Map<String, Object>> reminders(String query, Object id) {
        return given().auth().oauth2(userToken()).get("/api/v1/reminders?" + query + "=" + id)
                .then().statusCode(200).extract().jsonPath().getList("items");
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

    /** Runs a count query with one parameter against the service's database. */
    public static long count(String sql, Object id) throws SQLException {
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
