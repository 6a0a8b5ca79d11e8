package io.handoff.e2e;

import io.handoff.launcher.token.DevKeys;
import io.handoff.launcher.token.DevTokens;
import io.handoff.launcher.token.Role;
import io.handoff.launcher.token.TokenSubject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The token matrix over every endpoint of every service, read from the services' own OpenAPI documents. */
@Order(3)
@ExtendWith(PlatformExtension.class)
class SecurityIT {

    private static E2ePlatform e2e;
    private static List<Endpoint> endpoints;
    private static TestWorkspace workspace;

    @BeforeAll
    static void discover(E2ePlatform platform) {
        e2e = platform;
        endpoints = Endpoint.all(platform);
        workspace = TestWorkspace.open(platform, "security");
    }

    @Test
    void shouldListEndpointsOfEveryService() {
        for (String service : Endpoint.SERVICES) {
            assertThat(endpoints).as("endpoints of %s", service).anyMatch(e -> e.service().equals(service));
        }
    }

    @Test
    void shouldRefuseEveryProtectedEndpointWithoutAValidToken() throws NoSuchAlgorithmException {
        String userId = workspace.admin.id();
        TokenSubject admin = TokenSubject.member(workspace.id, userId, Role.ADMIN, null);
        var key = DevKeys.loadOrCreate(e2e.platform().config().layout().keys()).getPrivate();
        String expired = new DevTokens(key, Clock.offset(Clock.systemUTC(), Duration.ofDays(-2)), Duration.ofHours(1))
                .mint(admin);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String stranger = new DevTokens(generator.generateKeyPair().getPrivate(), Clock.systemUTC(),
                Duration.ofHours(1)).mint(admin);
        List<String> failures = new ArrayList<>();
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("expired token", expired);
        tokens.put("token signed by another key", stranger);
        for (Endpoint endpoint : endpoints) {
            if (endpoint.isPublic()) {
                continue;
            }
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                Http.Answer answer = Http.exchange(endpoint.method(),
                        endpoint.url(e2e, UUID.randomUUID().toString()),
                        endpoint.isStream() ? "text/event-stream" : "application/json", token.getValue(),
                        endpoint.takesBody() ? "{}" : null, null);
                E2eSummary.REQUESTS_FUZZED.incrementAndGet();
                if (answer.status() != 401) {
                    failures.add(endpoint + " with " + token.getKey() + " → " + answer.status());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldForbidAdminEndpointsToUsers() {
        TestWorkspace.Member user = workspace.addUser("Uma User", Role.USER);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.isAdminOnly()) {
                continue;
            }
            checked++;
            Http.Answer answer = Http.send(endpoint.method(), endpoint.url(e2e, UUID.randomUUID().toString()),
                    user.token(), endpoint.takesBody() ? "{}" : null);
            E2eSummary.REQUESTS_FUZZED.incrementAndGet();
            if (answer.status() != 403) {
                failures.add(endpoint + " as USER → " + answer.status());
            }
        }
        assertThat(checked).as("admin endpoints found").isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldHideAnotherWorkspacesRecords() {
        TestWorkspace other = TestWorkspace.open(e2e, "intruder");
        Http.Answer contact = Http.send("POST", e2e.contacts("/contacts"), workspace.admin.token(),
                Map.of("name", "Private Person", "email", "private@" + workspace.slug + ".test"));
        assertThat(contact.status()).as("create contact: %s", contact).isEqualTo(201);
        String contactId = contact.field("id");
        List<String> urls = List.of(
                e2e.contacts("/contacts/" + contactId),
                e2e.contacts("/contacts/" + contactId + "/card"),
                e2e.contacts("/contacts/" + contactId + "/journey"),
                e2e.contacts("/contacts/" + contactId + "/notes"),
                e2e.contacts("/users/" + workspace.admin.id()));
        for (String url : urls) {
            Http.Answer answer = Http.send("GET", url, other.admin.token(), null);
            E2eSummary.REQUESTS_FUZZED.incrementAndGet();
            assertThat(answer.status()).as("GET %s from another workspace: %s", url, answer).isEqualTo(404);
        }
        Http.Answer edit = Http.send("PATCH", e2e.contacts("/contacts/" + contactId), other.admin.token(),
                Map.of("name", "Stolen"));
        assertThat(edit.status()).as("PATCH from another workspace: %s", edit).isEqualTo(404);
        Http.Answer owner = Http.send("GET", e2e.contacts("/contacts/" + contactId), workspace.admin.token(), null);
        assertThat(owner.field("name")).isEqualTo("Private Person");
    }
}
