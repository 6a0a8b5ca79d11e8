package io.handoff.contacts;

import io.handoff.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A fresh workspace opened through the API, with its admin's token; each test gets its own tenant. */
public record TestWorkspace(UUID id, String slug, UUID adminId, String adminToken) {

    public static TestWorkspace open() {
        String slug = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        var body = Map.of("name", "Acme " + slug, "slug", slug, "currency", "EUR", "timeZone", "Europe/Berlin",
                "plan", "BUSINESS", "admin", Map.of("name", "Ada Admin", "email", "ada@" + slug + ".test"));
        var created = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/workspaces").then().statusCode(201).extract().jsonPath();
        UUID id = UUID.fromString(created.getString("id"));
        UUID adminId = UUID.fromString(created.getString("admin.id"));
        return new TestWorkspace(id, slug, adminId, Tokens.user(id, adminId, "ADMIN"));
    }

    public ValidatableResponse addUser(String name, String role) {
        return given().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", name.toLowerCase().replace(' ', '.') + "@" + slug + ".test", "role", role))
                .post("/api/v1/users").then();
    }

    public String tokenFor(UUID userId, String role) {
        return Tokens.user(id, userId, role);
    }
}
