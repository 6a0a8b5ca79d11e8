package io.handoff.launcher.demo;

import io.handoff.launcher.platform.PlatformException;
import io.handoff.launcher.token.DevTokens;
import io.handoff.launcher.token.Role;
import io.handoff.launcher.token.TokenSubject;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/** Finds what an earlier seed created when demo.json and the database disagree, so the seed can adopt it. */
final class DemoLookup {

    private final ApiClient api;
    private final DevTokens tokens;
    private final String contacts;
    private final String scheduling;

    DemoLookup(ApiClient api, DevTokens tokens, String contacts, String scheduling) {
        this.api = api;
        this.tokens = tokens;
        this.contacts = contacts;
        this.scheduling = scheduling;
    }

    /** demo.json outlives a deleted database: true when contacts-service no longer knows the workspace. */
    boolean workspaceGone(String adminToken) {
        ApiResponse answer = api.exchange("GET", contacts + "/workspace", adminToken, null, null,
                ApiResponse::isClientError);
        return answer.status() == 404 && answer.isProblem();
    }

    /** The slug is taken, most likely by an earlier run whose demo.json is gone: find the workspace and admin. */
    DemoState adoptWorkspace(DemoState state) {
        ApiResponse list = api.exchange("GET", contacts + "/workspaces?slug=" + DemoPlan.SLUG, tokens.operator(), null);
        JsonNode workspace = list.items().stream()
                .filter(w -> DemoPlan.SLUG.equals(w.path("slug").asText(DemoPlan.SLUG)))
                .findFirst()
                .orElseThrow(() -> new PlatformException("slug '" + DemoPlan.SLUG + "' is taken, but GET"
                        + " /workspaces?slug=" + DemoPlan.SLUG + " does not list it: " + list.summary()));
        String workspaceId = workspace.path("id").asText();
        String adminId = workspace.path("admin").path("id").textValue();
        if (adminId == null) {
            // Only an admin may list the users, and only that list tells who the admin is: ask with an admin
            // token for the operator's id.
            String probe = tokens.mint(TokenSubject.member(workspaceId, TokenSubject.OPERATOR_ID, Role.ADMIN, null));
            adminId = userId(probe, DemoPlan.ADMIN.email()).orElseThrow(() -> new PlatformException(
                    "cannot find " + DemoPlan.ADMIN.email() + " in the existing demo workspace " + workspaceId));
        }
        return state.withWorkspace(new DemoState.Workspace(workspaceId, DemoPlan.SLUG, DemoPlan.WORKSPACE_NAME))
                .withUser(DemoPlan.ADMIN.withId(adminId));
    }

    Optional<String> userId(String adminToken, String email) {
        ApiResponse list = api.exchange("GET", contacts + "/users?limit=500", adminToken, null);
        return list.items().stream()
                .filter(u -> email.equalsIgnoreCase(u.path("email").asText()))
                .map(u -> u.path("id").asText())
                .findFirst();
    }

    /** The demo's event types that already exist; none when the list cannot be read. */
    List<DemoState.EventType> eventTypes(String adminToken) {
        ApiResponse list = api.exchange("GET", scheduling + "/event-types?limit=500", adminToken, null, null,
                r -> true);
        if (!list.isSuccess()) {
            return List.of();
        }
        return list.items().stream()
                .filter(e -> List.of(DemoPlan.DISCOVERY, DemoPlan.STRATEGY).contains(e.path("name").asText()))
                .map(e -> new DemoState.EventType(e.path("name").asText(), e.path("kind").asText(),
                        e.path("id").asText()))
                .toList();
    }
}
