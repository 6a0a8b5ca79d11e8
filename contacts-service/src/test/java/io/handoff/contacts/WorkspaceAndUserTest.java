package io.handoff.contacts;

import io.handoff.events.Topics;
import io.handoff.events.contacts.UserProfile;
import io.handoff.events.contacts.WorkspaceSettings;
import io.handoff.testing.InfrastructureResource;
import io.handoff.testing.Tokens;
import io.handoff.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class WorkspaceAndUserTest {

    @Test
    void shouldOpenAWorkspaceWithItsAdminDefaultStagesAndEvents() {
        TestWorkspace ws = TestWorkspace.open();

        given().auth().oauth2(ws.adminToken()).get("/api/v1/workspace").then().statusCode(200)
                .body("slug", equalTo(ws.slug())).body("currency", equalTo("EUR")).body("plan", equalTo("BUSINESS"));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/stages").then().statusCode(200)
                .body("items", hasSize(14)).body("items.find { it.isDefault }.name", equalTo("New Lead"))
                .body("items.find { it.approved }.name", equalTo("Approved"));

        try (TopicProbe probe = new TopicProbe()) {
            var created = probe.awaitOne(Topics.CONTACTS, e -> e.type().equals("workspace.created.v1")
                    && e.subject().equals(ws.id().toString()));
            assertThat(created.dataAs(WorkspaceSettings.class).slug()).isEqualTo(ws.slug());
            assertThat(created.workspaceId()).isEqualTo(ws.id());
            var admin = probe.awaitOne(Topics.CONTACTS, e -> e.type().equals("user.created.v1")
                    && e.subject().equals(ws.adminId().toString()));
            assertThat(admin.dataAs(UserProfile.class).role()).isEqualTo("ADMIN");
        }
    }

    @Test
    void shouldLetAdminsAddAndDeactivateMembersAndEmitTheirProfiles() {
        TestWorkspace ws = TestWorkspace.open();
        String setterId = ws.addUser("Sam Setter", "USER").statusCode(201).body("role", equalTo("USER"))
                .body("timeZone", equalTo("Europe/Berlin")).extract().path("id");

        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("active", false))
                .patch("/api/v1/users/" + setterId).then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/users").then().statusCode(200)
                .body("items.id", hasItem(setterId));

        try (TopicProbe probe = new TopicProbe()) {
            var updated = probe.awaitOne(Topics.CONTACTS, e -> e.type().equals("user.updated.v1")
                    && e.subject().equals(setterId));
            assertThat(updated.dataAs(UserProfile.class).active()).isFalse();
        }
    }

    @Test
    void shouldRefuseMemberManagementToNonAdmins() {
        TestWorkspace ws = TestWorkspace.open();
        UUID managerId = UUID.fromString(ws.addUser("Mia Manager", "MANAGER").statusCode(201).extract().path("id"));

        given().auth().oauth2(ws.tokenFor(managerId, "MANAGER")).contentType(ContentType.JSON)
                .body(Map.of("name", "Eve", "email", "eve@example.com")).post("/api/v1/users")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(validWorkspace("x-" + UUID.randomUUID().toString().substring(0, 6)))
                .post("/api/v1/workspaces").then().statusCode(403);
    }

    @Test
    void shouldRefuseThePlanToAdminsAndChangeNothing() {
        TestWorkspace ws = TestWorkspace.open();

        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("plan", "ENTERPRISE"))
                .patch("/api/v1/workspace").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("plan", "ENTERPRISE", "name", "Renamed"))
                .patch("/api/v1/workspace").then().statusCode(403);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/workspace").then().statusCode(200)
                .body("plan", equalTo("BUSINESS")).body("name", equalTo("Acme " + ws.slug()));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("name", "Renamed"))
                .patch("/api/v1/workspace").then().statusCode(200).body("name", equalTo("Renamed"))
                .body("plan", equalTo("BUSINESS"));
        given().auth().oauth2(ws.adminToken()).contentType(ContentType.JSON).body(Map.of("plan", "ENTERPRISE"))
                .patch("/api/v1/workspaces/" + ws.id()).then().statusCode(403);
    }

    @Test
    void shouldLetTheOperatorSetAWorkspacesPlan() {
        TestWorkspace ws = TestWorkspace.open();

        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("plan", "ENTERPRISE"))
                .patch("/api/v1/workspaces/" + ws.id()).then().statusCode(200)
                .body("plan", equalTo("ENTERPRISE")).body("slug", equalTo(ws.slug()));
        given().auth().oauth2(ws.adminToken()).get("/api/v1/workspace").then().body("plan", equalTo("ENTERPRISE"));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("plan", "GOLD"))
                .patch("/api/v1/workspaces/" + ws.id()).then().statusCode(400).body("errors[0].field", equalTo("plan"));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("plan", "STARTUP"))
                .patch("/api/v1/workspaces/" + UUID.randomUUID()).then().statusCode(404);

        try (TopicProbe probe = new TopicProbe()) {
            var updated = probe.awaitOne(Topics.CONTACTS, e -> e.type().equals("workspace.updated.v1")
                    && e.subject().equals(ws.id().toString()));
            assertThat(updated.dataAs(WorkspaceSettings.class).plan()).isEqualTo("ENTERPRISE");
        }
    }

    @Test
    void shouldAnswerADuplicateSlugOrEmailWithConflict() {
        TestWorkspace ws = TestWorkspace.open();
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(validWorkspace(ws.slug()))
                .post("/api/v1/workspaces").then().statusCode(409).contentType("application/problem+json");
        ws.addUser("Dup Licate", "USER").statusCode(201);
        ws.addUser("DUP LICATE", "USER").statusCode(409);
    }

    @Test
    void shouldReturnTheFirstResultForARetriedIdempotencyKey() {
        TestWorkspace ws = TestWorkspace.open();
        var body = Map.of("name", "Cole Closer", "email", "cole@" + ws.slug() + ".test");
        String first = given().auth().oauth2(ws.adminToken()).header("Idempotency-Key", "k-1").contentType(ContentType.JSON)
                .body(body).post("/api/v1/users").then().statusCode(201).extract().path("id");
        String again = given().auth().oauth2(ws.adminToken()).header("Idempotency-Key", "k-1").contentType(ContentType.JSON)
                .body(body).post("/api/v1/users").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");

        assertThat(again).isEqualTo(first);
        given().auth().oauth2(ws.adminToken()).get("/api/v1/users").then().body("items", hasSize(2));
    }

    @Test
    void shouldRefuseAnIdempotencyKeyReusedWithAnotherBody() {
        TestWorkspace ws = TestWorkspace.open();
        String email = "kim@" + ws.slug() + ".test";
        String first = given().auth().oauth2(ws.adminToken()).header("Idempotency-Key", "k-2").contentType(ContentType.JSON)
                .body("{\"name\": \"Kim Closer\", \"email\": \"" + email + "\"}").post("/api/v1/users")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(ws.adminToken()).header("Idempotency-Key", "k-2").contentType(ContentType.JSON)
                .body(Map.of("name", "Someone Else", "email", "else@" + ws.slug() + ".test")).post("/api/v1/users")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://handoff.dev/problems/idempotency-key-reused"));
        // The same request, its fields in another order and spaced differently, is still a retry.
        given().auth().oauth2(ws.adminToken()).header("Idempotency-Key", "k-2").contentType(ContentType.JSON)
                .body("{ \"email\":\"" + email + "\",  \"name\":\"Kim Closer\" }").post("/api/v1/users")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        given().auth().oauth2(ws.adminToken()).get("/api/v1/users").then().body("items", hasSize(2));
    }

    static Map<String, Object> validWorkspace(String slug) {
        return Map.of("name", "Other", "slug", slug, "admin", Map.of("name", "Al", "email", "al@" + slug + ".test"));
    }
}
