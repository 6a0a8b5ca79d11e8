package io.handoff.e2e;

import io.handoff.launcher.token.Role;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's way in: the local sign-in page, the navigation by role, and its forwarding to the services. */
@ExtendWith({PlatformExtension.class, ConsoleExtension.class})
class ConsoleSignInIT {

    private static E2ePlatform e2e;
    private static TestWorkspace workspace;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void open(E2ePlatform platform, ConsoleBrowser opened) {
        e2e = platform;
        workspace = TestWorkspace.open(platform, "console-sign-in");
        browser = opened;
    }

    @Test
    void shouldListTheUsersOfTheSignInFileAndSignInAsTheOneClicked() {
        TestWorkspace.Member setter = workspace.addUser("Sam Setter", Role.USER);
        e2e.consoleUsers().add(new io.handoff.launcher.console.ConsoleUsers.Entry(setter.name(), setter.email(),
                "USER", "setter", workspace.id, "E2E " + workspace.slug, setter.token()));

        browser.signedOut();
        WebElement choice = browser.find(By.cssSelector("button.user-choice[data-email='" + setter.email() + "']"));
        assertThat(choice.getText()).contains("Sam Setter").contains("user").contains(setter.email());
        browser.screenshot("sign-in");

        browser.signIn(workspace, setter);
        assertThat(navLinks()).contains("Global Data", "Appointment Setting", "Calls")
                .doesNotContain("Analytics", "Settings");
    }

    @Test
    void shouldOfferAnalyticsToManagersAndSettingsToAdminsOnly() {
        TestWorkspace.Member manager = workspace.addUser("Mia Manager", Role.MANAGER);
        browser.signIn(workspace, manager);
        assertThat(navLinks()).contains("Analytics").doesNotContain("Settings");

        browser.signIn(workspace, workspace.admin);
        assertThat(navLinks()).contains("Analytics", "Settings");
    }

    @Test
    void shouldSendApiCallsToTheOwningServiceWithTheCallersToken() {
        Http.Answer viaConsole = Http.send("GET", e2e.console("/api/v1/users"), workspace.admin.token(), null);
        Http.Answer direct = Http.send("GET", e2e.contacts("/users"), workspace.admin.token(), null);
        assertThat(viaConsole.status()).isEqualTo(200);
        assertThat(viaConsole.json()).isEqualTo(direct.json());

        // A call's outcome is outcomes-service's although /calls is scheduling-service's: its 404 names a call.
        Http.Answer outcome = Http.send("GET", e2e.console("/api/v1/calls/" + java.util.UUID.randomUUID()
                + "/outcome"), workspace.admin.token(), null);
        Http.Answer outcomeDirect = Http.send("GET", e2e.outcomes("/calls/" + java.util.UUID.randomUUID()
                + "/outcome"), workspace.admin.token(), null);
        assertThat(outcome.status()).isEqualTo(outcomeDirect.status());
        assertThat(outcome.contentType()).isEqualTo(outcomeDirect.contentType());

        Http.Answer unknown = Http.send("GET", e2e.console("/api/v1/no-such-thing"), workspace.admin.token(), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        Http.Answer unsigned = Http.send("GET", e2e.console("/api/v1/contacts"), null, null);
        assertThat(unsigned.status()).isEqualTo(401);
    }

    @Test
    void shouldForwardBodiesAndAnswerWithTheServicesProblem() {
        Http.Answer refused = Http.send("POST", e2e.console("/api/v1/users"), workspace.admin.token(),
                Map.of("name", "", "email", "not-an-email"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").size()).isPositive();
    }

    /**
     * Every path of the five OpenAPI documents answers the same through the console as from its service: a GET on a
     * path owned elsewhere would be a 404 of the wrong service instead of the owner's answer (or its 405 for a path
     * without GET). GET only: it changes nothing.
     */
    @Test
    void shouldRouteEveryPathOfTheServicesOpenApiDocumentsToTheirService() {
        List<String> paths = Endpoint.all(e2e).stream().filter(endpoint -> !endpoint.isStream())
                .map(endpoint -> endpoint.service() + " " + endpoint.path()).distinct().toList();
        assertThat(paths).hasSizeGreaterThan(40);
        String id = java.util.UUID.randomUUID().toString();
        for (String entry : paths) {
            String service = entry.substring(0, entry.indexOf(' '));
            String path = entry.substring(entry.indexOf(' ') + 1).replaceAll("\\{[^}]+}", id);
            Http.Answer direct = Http.send("GET", e2e.url(service, path), workspace.admin.token(), null);
            Http.Answer forwarded = Http.send("GET", e2e.console(path), workspace.admin.token(), null);
            assertThat(forwarded.status()).as("GET %s (%s)", path, service).isEqualTo(direct.status());
            if (direct.status() != 200) {
                assertThat(forwarded.text()).as("GET %s (%s)", path, service).isEqualTo(direct.text());
            }
        }
    }

    private static List<String> navLinks() {
        return browser.findAll(By.cssSelector("nav.sidebar ul a")).stream().map(WebElement::getText).toList();
    }
}
