package io.handoff.e2e;

import io.handoff.launcher.token.Role;
import io.handoff.launcher.token.TokenSubject;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh workspace opened through the operator API, with its admin and the members a test adds. */
final class TestWorkspace {

    /** A member of the workspace and a token that speaks for them. */
    record Member(String id, String email, String token, String name, Role role) {
    }

    private final E2ePlatform e2e;
    final String id;
    final String slug;
    final Member admin;

    private TestWorkspace(E2ePlatform e2e, String id, String slug, Member admin) {
        this.e2e = e2e;
        this.id = id;
        this.slug = slug;
        this.admin = admin;
    }

    static TestWorkspace open(E2ePlatform e2e, String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "admin@" + slug + ".test";
        Http.Answer created = Http.send("POST", e2e.contacts("/workspaces"), e2e.tokens().operator(), Map.of(
                "name", "E2E " + slug, "slug", slug, "currency", "USD", "timeZone", "America/New_York",
                "plan", "BUSINESS", "speedToLeadSlaMinutes", 60,
                "admin", Map.of("name", "Ada Admin", "email", adminEmail, "timeZone", "America/New_York")));
        assertThat(created.status()).as("open workspace: %s", created).isEqualTo(201);
        String id = created.field("id");
        String adminId = created.json().path("admin").path("id").asText();
        return new TestWorkspace(e2e, id, slug, member(e2e, id, adminId, adminEmail, "Ada Admin", Role.ADMIN));
    }

    Member addUser(String name, Role role) {
        String email = name.toLowerCase().replace(' ', '.') + "@" + slug + ".test";
        Http.Answer created = Http.send("POST", e2e.contacts("/users"), admin.token(), Map.of(
                "name", name, "email", email, "timeZone", "America/New_York", "role", role.name()));
        assertThat(created.status()).as("add user: %s", created).isEqualTo(201);
        return member(e2e, id, created.field("id"), email, name, role);
    }

    String token(String userId, Role role) {
        return e2e.tokens().mint(TokenSubject.member(id, userId, role, null));
    }

    private static Member member(E2ePlatform e2e, String workspaceId, String userId, String email, String name,
            Role role) {
        return new Member(userId, email, e2e.tokens().mint(TokenSubject.member(workspaceId, userId, role, email)),
                name, role);
    }
}
