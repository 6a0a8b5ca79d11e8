package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.handoff.launcher.token.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's Settings page, as an admin uses it, against the real platform: users, event types, the outcome→stage
 * mapping and webhook endpoints with their delivery log; and that no one else gets it.
 */
@ExtendWith({PlatformExtension.class, ConsoleExtension.class})
class ConsoleSettingsIT {

    private static E2ePlatform e2e;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void open(E2ePlatform platform, ConsoleBrowser opened) {
        e2e = platform;
        browser = opened;
    }

    @Test
    void shouldAddAUserShowTheFieldErrorsOfARefusalAndDeactivateThem() {
        TestWorkspace workspace = TestWorkspace.open(e2e, "settings-users");
        browser.signIn(workspace, workspace.admin).go("#/settings/users");
        browser.find(By.cssSelector("[data-testid=user-table] tr[data-email='" + workspace.admin.email() + "']"));

        browser.click(By.cssSelector("[data-testid=add-user]"));
        browser.type(By.cssSelector("#user-form input[name=name]"), "Nora New")
                .type(By.cssSelector("#user-form input[name=email]"), "not-an-email");
        new Select(browser.find(By.cssSelector("#user-form select[name=role]"))).selectByValue("MANAGER");
        browser.click(By.cssSelector("button[form=user-form]"));
        // The service's 400 names the field; the form shows it there and stays open.
        WebElement emailError = browser.find(By.xpath(
                "//form[@id='user-form']//label[.//input[@name='email']]//small[@class='field-error']"));
        assertThat(emailError.getText()).isNotBlank();

        String email = "nora.new@" + workspace.slug + ".test";
        browser.type(By.cssSelector("#user-form input[name=email]"), email)
                .click(By.cssSelector("button[form=user-form]"));
        By row = By.cssSelector("[data-testid=user-table] tr[data-email='" + email + "']");
        assertThat(browser.waitForText(row, "Nora New").getText()).contains("manager").contains("active");
        JsonNode added = userByEmail(workspace, email);
        assertThat(added.path("role").asText()).isEqualTo("MANAGER");
        assertThat(added.path("active").asBoolean()).isTrue();

        browser.click(By.cssSelector("tr[data-email='" + email + "'] button[data-action=deactivate]"))
                .click(By.cssSelector("[data-testid=confirm]"));
        browser.waitForText(row, "deactivated");
        assertThat(userByEmail(workspace, email).path("active").asBoolean()).isFalse();
        browser.find(By.cssSelector("tr[data-email='" + email + "'] button[data-action=reactivate]"));
    }

    @Test
    void shouldCreateAnEventTypeWithItsHostsAndChangeItsBookingWindow() {
        TestWorkspace workspace = TestWorkspace.open(e2e, "settings-event-types");
        TestWorkspace.Member closer = workspace.addUser("Cole Closer", Role.USER);
        browser.signIn(workspace, workspace.admin).go("#/settings/event-types");
        browser.waitForText(By.cssSelector("[data-testid=settings-event-types] .state.empty"), "No event types yet");

        browser.click(By.cssSelector("[data-testid=new-event-type]"))
                .type(By.cssSelector("#event-type-form input[name=name]"), "Strategy session");
        new Select(browser.find(By.cssSelector("#event-type-form select[name=kind]"))).selectByValue("STRATEGY");
        browser.type(By.cssSelector("#event-type-form input[name=durationMinutes]"), "30");
        // No host yet: the service's 400 on "hosts" shows at the host picker.
        browser.click(By.cssSelector("button[form=event-type-form]"));
        assertThat(browser.find(By.cssSelector("[data-testid=host-picker] .field-error")).getText()).isNotBlank();

        browser.click(By.cssSelector("[data-testid=host-picker] [data-host='" + closer.id() + "'] input[type=checkbox]"))
                .click(By.cssSelector("button[form=event-type-form]"));
        By table = By.cssSelector("[data-testid=event-type-table]");
        assertThat(browser.waitForText(table, "Strategy session").getText()).contains("Cole Closer").contains("30 min");
        JsonNode created = onlyEventType(workspace);
        assertThat(created.path("kind").asText()).isEqualTo("STRATEGY");
        assertThat(created.path("durationMinutes").asInt()).isEqualTo(30);
        assertThat(created.path("assignment").asText()).isEqualTo("ROUND_ROBIN");
        assertThat(created.at("/hosts/0/userId").asText()).isEqualTo(closer.id());
        assertThat(created.path("bookingWindowDays").asInt()).isEqualTo(60);

        By rowOf = By.cssSelector("tr[data-event-type='" + created.path("id").asText() + "']");
        browser.click(By.cssSelector("tr[data-event-type='" + created.path("id").asText() + "'] button.link"))
                .type(By.cssSelector("#event-type-edit input[name=bookingWindowDays]"), "21")
                .click(By.cssSelector("button[form=event-type-edit]"));
        browser.waitForText(rowOf, "21 days");
        assertThat(onlyEventType(workspace).path("bookingWindowDays").asInt()).isEqualTo(21);
    }

    @Test
    void shouldSaveTheStageAnOutcomeMovesTheContactTo() {
        TestWorkspace workspace = TestWorkspace.open(e2e, "settings-mapping");
        browser.signIn(workspace, workspace.admin).go("#/settings/outcome-mapping");
        Select sale = new Select(browser.find(By.cssSelector("tr[data-outcome='SALE/'] select")));
        assertThat(sale.getFirstSelectedOption().getText()).contains("default: Customer");

        sale.selectByVisibleText("Premium Client");
        new Select(browser.find(By.cssSelector("tr[data-outcome='REJECTED/BAD_FIT'] select")))
                .selectByVisibleText("Nurturing");
        browser.click(By.cssSelector("[data-testid=save-mapping]"));
        browser.waitForText(By.cssSelector(".toasts"), "Mapping saved");

        Http.Answer mapping = Http.send("GET", e2e.outcomes("/outcome-stage-mapping"), workspace.admin.token(), null);
        assertThat(mapping.status()).isEqualTo(200);
        List<String> entries = StreamSupport.stream(mapping.json().path("entries").spliterator(), false)
                .map(e -> e.path("result").asText() + "/" + e.path("reason").asText("") + "→" + e.path("stageId").asText())
                .toList();
        assertThat(entries).containsExactlyInAnyOrder("SALE/→" + stageId(workspace, "Premium Client"),
                "REJECTED/BAD_FIT→" + stageId(workspace, "Nurturing"));

        // A fresh load shows what the service holds.
        browser.go("#/settings/users").go("#/settings/outcome-mapping");
        assertThat(new Select(browser.find(By.cssSelector("tr[data-outcome='SALE/'] select")))
                .getFirstSelectedOption().getText()).isEqualTo("Premium Client");
    }

    @Test
    void shouldCreateAWebhookEndpointShowItsDeliveriesAndReplayOne() {
        TestWorkspace workspace = TestWorkspace.open(e2e, "settings-webhooks");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            browser.signIn(workspace, workspace.admin).go("#/settings/webhooks");
            browser.waitForText(By.cssSelector("[data-testid=settings-webhooks] .state.empty"), "No webhook endpoints");

            browser.click(By.cssSelector("[data-testid=new-webhook]"))
                    .type(By.cssSelector("#webhook-form input[name=url]"), receiver.url())
                    .click(By.cssSelector("[data-testid=event-picker] input[value='contact.*']"))
                    .click(By.cssSelector("button[form=webhook-form]"));
            String secret = browser.find(By.cssSelector("[data-testid=webhook-secret]")).getText();
            assertThat(secret).startsWith("whsec_");
            receiver.trust(secret);
            browser.click(By.xpath("//div[@role='dialog']//button[contains(., 'I have stored it')]"));
            JsonNode endpoint = Http.send("GET", e2e.notifications("/webhook-endpoints"), workspace.admin.token(), null)
                    .json().path("items").get(0);
            assertThat(endpoint.path("url").asText()).isEqualTo(receiver.url());
            assertThat(endpoint.path("eventTypes").toString()).isEqualTo("[\"contact.*\"]");
            String endpointId = endpoint.path("id").asText();

            browser.click(By.cssSelector("tr[data-endpoint='" + endpointId + "'] button[data-action=deliveries]"));
            browser.waitForText(By.cssSelector("[data-testid=delivery-log]"), "No deliveries");
            Http.Answer contact = Http.send("POST", e2e.contacts("/contacts"), workspace.admin.token(),
                    Map.of("email", "hook-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com",
                            "name", "Hook Contact"));
            assertThat(contact.status()).as("%s", contact).isEqualTo(201);

            By delivered = By.cssSelector("[data-testid=delivery-table] tr[data-status=DELIVERED]");
            browser.await(driver -> {
                if (driver.findElements(delivered).isEmpty()) {
                    try {
                        driver.findElement(By.cssSelector("[data-action=refresh-deliveries]")).click();
                    } catch (StaleElementReferenceException e) {
                        // the log re-rendered under us: the next round clicks again
                    }
                    return null;
                }
                return true;
            });
            WebElement row = browser.find(delivered);
            assertThat(row.getText()).contains("contact.created");
            assertThat(row.findElement(By.cssSelector("[data-testid=delivery-attempts]")).getText()).isEqualTo("1");
            assertThat(receiver.accepted()).hasSize(1);
            String webhookId = receiver.accepted().get(0).webhookId();
            browser.screenshot("settings");

            row.findElement(By.cssSelector("button[data-action=replay]")).click();
            browser.await(driver -> receiver.accepted().size() == 2);
            assertThat(receiver.accepted()).extracting(WebhookReceiver.Delivery::webhookId)
                    .containsExactly(webhookId, webhookId);
            browser.await(driver -> {
                try {
                    driver.findElement(By.cssSelector("[data-action=refresh-deliveries]")).click();
                    List<WebElement> rows = driver.findElements(delivered);
                    return !rows.isEmpty() && rows.get(0).findElement(By.cssSelector("[data-testid=delivery-attempts]"))
                            .getText().equals("2");
                } catch (StaleElementReferenceException e) {
                    return false; // the log re-rendered under us: look again
                }
            });

            // A new secret, shown once; the receiver trusts it and the next delivery verifies with it.
            browser.click(By.cssSelector("tr[data-endpoint='" + endpointId + "'] button[data-action=rotate]"))
                    .click(By.cssSelector("[data-testid=confirm]"));
            String rotated = browser.find(By.cssSelector("[data-testid=webhook-secret]")).getText();
            assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
            browser.click(By.xpath("//div[@role='dialog']//button[contains(., 'I have stored it')]"));
            receiver.trust(rotated);
            Http.send("POST", e2e.contacts("/contacts"), workspace.admin.token(),
                    Map.of("email", "rotated-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com"));
            browser.await(driver -> receiver.accepted().size() == 3);
            assertThat(receiver.refusedSignatures()).isEmpty();

            browser.click(By.cssSelector("tr[data-endpoint='" + endpointId + "'] button[data-action=delete]"))
                    .click(By.cssSelector("[data-testid=confirm]"));
            browser.waitForText(By.cssSelector("[data-testid=settings-webhooks] .state.empty"), "No webhook endpoints");
            assertThat(Http.send("GET", e2e.notifications("/webhook-endpoints"), workspace.admin.token(), null)
                    .json().path("items").size()).isZero();
        }
    }

    @Test
    void shouldOfferSettingsToNoManagerOrUserAndRefuseThemThePage() {
        TestWorkspace workspace = TestWorkspace.open(e2e, "settings-refused");
        for (Role role : List.of(Role.MANAGER, Role.USER)) {
            TestWorkspace.Member member = workspace.addUser("Not Admin " + role.name().toLowerCase(), role);
            browser.signIn(workspace, member);
            assertThat(browser.findAll(By.cssSelector("nav.sidebar ul a")).stream().map(WebElement::getText))
                    .doesNotContain("Settings");
            browser.go("#/settings/webhooks");
            assertThat(browser.find(By.cssSelector("[data-testid=settings-refused]")).getText()).contains("Admins only");
            assertThat(browser.findAll(By.cssSelector("[data-testid=settings-webhooks]"))).isEmpty();
        }
    }

    private static JsonNode userByEmail(TestWorkspace workspace, String email) {
        Http.Answer users = Http.send("GET", e2e.contacts("/users"), workspace.admin.token(), null);
        return StreamSupport.stream(users.json().path("items").spliterator(), false)
                .filter(u -> email.equals(u.path("email").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no user " + email + " in " + users));
    }

    private static JsonNode onlyEventType(TestWorkspace workspace) {
        Http.Answer list = Http.send("GET", e2e.scheduling("/event-types"), workspace.admin.token(), null);
        assertThat(list.json().path("items").size()).as("%s", list).isEqualTo(1);
        return list.json().path("items").get(0);
    }

    private static String stageId(TestWorkspace workspace, String name) {
        Http.Answer stages = Http.send("GET", e2e.contacts("/stages"), workspace.admin.token(), null);
        return StreamSupport.stream(stages.json().path("items").spliterator(), false)
                .filter(s -> name.equals(s.path("name").asText())).map(s -> s.path("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no stage " + name));
    }
}
