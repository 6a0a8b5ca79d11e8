package io.handoff.launcher.demo;

import io.handoff.launcher.demo.DemoState.User;
import io.handoff.launcher.platform.Platform;
import io.handoff.launcher.platform.PlatformException;
import io.handoff.launcher.platform.Progress;
import io.handoff.launcher.token.DevTokens;
import io.handoff.launcher.token.Role;
import io.handoff.launcher.token.TokenSubject;

import java.time.Duration;

/**
 * Creates the demo workspace through the services' public API only, one step at a time, saving the ids after
 * each step: an interrupted seed resumes where it stopped, and a complete one is not repeated.
 */
public final class DemoSeeder {

    /** How long a step is retried while the services catch up with each other's events. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ApiClient api;
    private final DevTokens tokens;
    private final DemoStateFile file;
    private final Progress progress;
    private final String contacts;
    private final String scheduling;
    private final DemoLookup lookup;
    private final AvailabilityStep availability;

    public DemoSeeder(Platform platform, DevTokens tokens, Progress progress) {
        this.api = new ApiClient(PATIENCE, progress);
        this.tokens = tokens;
        this.file = new DemoStateFile(platform.config().layout().demoFile());
        this.progress = progress;
        this.contacts = platform.service("contacts-service").baseUrl() + "/api/v1";
        this.scheduling = platform.service("scheduling-service").baseUrl() + "/api/v1";
        this.lookup = new DemoLookup(api, tokens, contacts, scheduling);
        this.availability = new AvailabilityStep(api, scheduling, progress);
    }

    public DemoState seed() {
        DemoState state = file.read().orElse(DemoState.empty());
        if (state.workspace() != null && lookup.workspaceGone(adminToken(state))) {
            progress.report("the workspace in " + file.path() + " no longer exists: seeding again");
            state = DemoState.empty();
        }
        if (state.workspace() == null) {
            state = save(createWorkspace(state));
        }
        for (User member : DemoPlan.MEMBERS) {
            if (state.user(member.email()).isEmpty()) {
                state = save(state.withUser(member.withId(createUser(state, member))));
            }
        }
        if (!state.availabilitySet()) {
            state = save(availability.apply(state, adminToken(state)));
        }
        if (state.eventType(DemoPlan.DISCOVERY).isEmpty() || state.eventType(DemoPlan.STRATEGY).isEmpty()) {
            state = save(createEventTypes(state));
        }
        return state;
    }

    public String adminToken(DemoState state) {
        User admin = state.user(DemoPlan.ADMIN.email())
                .orElseThrow(() -> new PlatformException(file.path() + " has no admin: delete it and run up again"));
        return tokens.mint(TokenSubject.member(state.workspace().id(), admin.id(), Role.ADMIN, admin.email()));
    }

    private DemoState createWorkspace(DemoState state) {
        progress.report("creating workspace '" + DemoPlan.SLUG + "' with its admin " + DemoPlan.ADMIN.name());
        ApiResponse created = api.exchange("POST", contacts + "/workspaces", tokens.operator(), DemoPlan.workspace(),
                "workspace:" + DemoPlan.SLUG, r -> r.status() == 409);
        if (created.status() == 409) {
            progress.report("workspace '" + DemoPlan.SLUG + "' exists already: reusing it");
            return lookup.adoptWorkspace(state);
        }
        String adminId = created.body().path("admin").path("id").textValue();
        if (adminId == null) {
            throw new PlatformException("POST /workspaces answered without admin.id: " + created.summary());
        }
        return state.withWorkspace(new DemoState.Workspace(required(created, "id"), DemoPlan.SLUG,
                DemoPlan.WORKSPACE_NAME)).withUser(DemoPlan.ADMIN.withId(adminId));
    }

    private String createUser(DemoState state, User member) {
        progress.report("creating user " + member.name() + " (" + member.role() + ", " + member.kind() + ")");
        ApiResponse created = api.exchange("POST", contacts + "/users", adminToken(state), DemoPlan.member(member),
                "user:" + member.email(), r -> r.status() == 409);
        if (created.status() == 409) {
            progress.report(member.email() + " exists already: reusing it");
            return lookup.userId(adminToken(state), member.email()).orElseThrow(() -> new PlatformException(
                    member.email() + " is taken, but GET /users does not list it"));
        }
        return required(created, "id");
    }

    private DemoState createEventTypes(DemoState state) {
        String token = adminToken(state);
        // Event types of an earlier run whose demo.json was lost are reused instead of duplicated.
        for (DemoState.EventType existing : lookup.eventTypes(token)) {
            if (state.eventType(existing.name()).isEmpty()) {
                state = state.withEventType(existing);
            }
        }
        if (state.eventType(DemoPlan.DISCOVERY).isEmpty()) {
            state = save(state.withEventType(createEventType(token, "DISCOVERY",
                    DemoPlan.discovery(state.usersOfKind("setter")))));
        }
        if (state.eventType(DemoPlan.STRATEGY).isEmpty()) {
            state = state.withEventType(createEventType(token, "STRATEGY",
                    DemoPlan.strategy(state.usersOfKind("closer"))));
        }
        return state;
    }

    private DemoState.EventType createEventType(String token, String kind, DemoRequests.CreateEventType body) {
        progress.report("creating event type " + body.name() + " (" + kind + ", round robin over "
                + body.hosts().size() + " hosts)");
        ApiResponse created = api.exchange("POST", scheduling + "/event-types", token, body,
                "event-type:" + body.name(), r -> false);
        return new DemoState.EventType(body.name(), kind, required(created, "id"));
    }

    static String required(ApiResponse response, String field) {
        String value = response.text(field);
        if (value == null || value.isBlank()) {
            throw new PlatformException("expected a \"" + field + "\" in the answer, got " + response.summary());
        }
        return value;
    }

    private DemoState save(DemoState state) {
        file.write(state);
        return state;
    }
}
