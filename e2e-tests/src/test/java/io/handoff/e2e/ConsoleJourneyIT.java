package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.handoff.launcher.token.Role;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The team's day in the console, one person after another in one browser, against the real platform: a setter
 * claims a lead in Appointment Setting and approves it through the handoff form, the closer records a Sale and its
 * deal on the booked call, the manager sees the closing rate go from 0 to 100%, and a user of another workspace
 * finds none of it.
 */
@ExtendWith({PlatformExtension.class, ConsoleExtension.class})
class ConsoleJourneyIT {

    private static Scenario team;
    private static TestWorkspace.Member manager;
    private static String productId;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void open(E2ePlatform e2e, ConsoleBrowser opened) {
        team = Scenario.open(e2e, "console-journey");
        manager = team.workspace.addUser("Mia Manager", Role.MANAGER);
        Http.Answer product = Http.send("POST", e2e.deals("/products"), team.workspace.admin.token(),
                Map.of("name", "Coaching", "defaultPrice", "3000.00"));
        assertThat(product.status()).as("product: %s", product).isEqualTo(201);
        productId = product.field("id");
        browser = opened;
    }

    @Test
    void shouldCarryALeadFromTheSettersClaimToTheManagersClosingRateAndShowNoneOfItToAnotherWorkspace() {
        String email = "lena.lead+" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        Http.Answer lead = Http.send("POST", team.publicUrl(team.discoveryId, "/leads"), null, Map.of(
                "email", email, "name", "Lena Lead", "timeZone", "Europe/Berlin", "complete", true,
                "answers", Map.of(Scenario.BUDGET, "Over $5k")));
        assertThat(lead.field("status")).as("lead: %s", lead).isEqualTo("QUALIFIED");
        String contactId = team.contactByEmail(email).path("id").asText();

        // The setter claims the lead in Appointment Setting.
        browser.signIn(team.workspace, team.setter).go("#/appointment-setting?setterOwnerId=none");
        By row = By.cssSelector("tr[data-contact='" + contactId + "']");
        browser.find(row).findElement(By.cssSelector("[data-testid=claim]")).click();
        browser.await(d -> team.setter.id().equals(d.findElement(row)
                .findElement(By.cssSelector("[data-testid=setter-owner]")).getAttribute("data-user")));
        await().atMost(Scenario.PATIENCE).untilAsserted(() ->
                assertThat(team.contact(contactId).path("setterOwnerId").asText()).isEqualTo(team.setter.id()));

        // ... approves it from the row's stage picker, fills in the handoff form and books the first closer.
        new Select(browser.find(row).findElement(By.name("stage"))).selectByVisibleText("Approved (book a call)");
        browser.await(ExpectedConditions.urlContains("#/contacts/" + contactId + "/approve"));
        new Select(browser.find(By.cssSelector("[data-testid=closer-select]"))).selectByValue(team.closerOne.id());
        browser.find(By.cssSelector("[data-testid=slots] button.slot"));
        List<WebElement> slots = browser.findAll(By.cssSelector("[data-testid=slots] button.slot"));
        assertThat(slots).as("free slots").hasSizeGreaterThan(4);
        // Not the first slot: it may be a minute away and pass while the form is filled in.
        slots.get(4).click();
        Scenario.handoffNotes().forEach((key, value) ->
                browser.type(By.cssSelector("textarea[data-handoff=" + key + "]"), value));
        browser.click(By.cssSelector("[data-testid=approve-submit]"));
        WebElement booked = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Scenario.PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-testid=approval-outcome][data-status=BOOKED]")));
        assertThat(booked.findElement(By.cssSelector("[data-testid=booked-closer]")).getText())
                .isEqualTo("Cole Closer");
        String href = booked.findElement(By.cssSelector("[data-testid=booked-call-link]")).getAttribute("href");
        String callId = href.substring(href.lastIndexOf('/') + 1);

        // ... and sees the booked call in Calls, set by them.
        browser.go("#/calls");
        browser.find(By.cssSelector("tr[data-call-id='" + callId + "']"));
        browser.go("#/calls/" + callId);
        browser.waitForText(By.cssSelector("[data-testid=call-set-by]"), "Sam Setter");

        // The manager's closing rate before the sale: the call has ended for outcomes-service (30 days ahead).
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            Http.Answer outcome = Http.send("GET", team.e2e.outcomes("/calls/" + callId + "/outcome"),
                    team.closerOne.token(), null);
            assertThat(outcome.field("detail")).as("outcome: %s", outcome).startsWith("Outcome of call");
        });
        // The console's presets end today (its own clock), and the fifth free slot may be tomorrow in the
        // workspace's zone: a custom period around the call's day holds it at any time of day.
        String period = periodAround(Instant.parse(Http.send("GET", team.e2e.scheduling("/calls/" + callId),
                team.setter.token(), null).field("start")));
        browser.signIn(team.workspace, manager).go("#/analytics?" + period + "&groupBy=closer");
        browser.waitForText(By.cssSelector("[data-testid=kpi-closingRate] [data-kpi-value]"), "0.0%");

        // The closer records the Sale and its deal on the call.
        browser.signIn(team.workspace, team.closerOne).go("#/calls/" + callId);
        browser.click(By.cssSelector("[data-testid=result-SALE]"));
        new Select(browser.find(By.cssSelector(".outcome-form select[name=objection]"))).selectByValue("MONEY");
        browser.click(By.cssSelector("[data-testid=save-outcome]"));
        browser.waitForText(By.cssSelector("[data-testid=outcome-result]"), "Sale");
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            Http.Answer missing = Http.send("GET", team.e2e.deals("/deals/missing?contactId=" + contactId),
                    team.closerOne.token(), null);
            assertThat(missing.json().path("items").findValuesAsText("callId")).contains(callId);
        });
        browser.click(By.cssSelector("[data-testid=add-deal]"));
        new Select(browser.find(By.cssSelector(".deal-form select[name=productId]"))).selectByValue(productId);
        browser.click(By.cssSelector("[data-testid=save-deal]"));
        browser.waitForText(By.cssSelector("[data-testid=deal-value]"), "$3,000.00");

        // The manager sees the closing rate change.
        browser.signIn(team.workspace, manager);
        browser.await(d -> {
            d.navigate().to(team.e2e.console("/#/analytics?" + period + "&groupBy=closer&r=" + System.nanoTime()));
            return browser.waitForText(By.cssSelector("[data-testid=kpi-closingRate] [data-kpi-value]"), "%")
                    .getText().equals("100.0%");
        });
        JsonNode deals = Http.send("GET", team.e2e.deals("/deals?contactId=" + contactId), manager.token(), null)
                .json().path("items");
        assertThat(deals).hasSize(1);
        assertThat(deals.get(0).path("callId").asText()).isEqualTo(callId);

        // Someone of another workspace sees nothing of it: not in the table, not the card, not the call.
        TestWorkspace other = TestWorkspace.open(team.e2e, "console-outsider");
        browser.signIn(other, other.admin).go("#/contacts");
        browser.find(By.cssSelector(".state.empty"));
        assertThat(browser.findAll(By.cssSelector("tr[data-contact='" + contactId + "']"))).isEmpty();
        browser.go("#/contacts/" + contactId);
        assertThat(browser.find(By.cssSelector(".state.error")).getText()).containsIgnoringCase("not found");
        browser.go("#/calls/" + callId);
        assertThat(browser.find(By.cssSelector(".state.error")).getText()).containsIgnoringCase("not found");
    }

    /** The day of {@code start} and one either side (UTC dates: any workspace zone's date of it is among them). */
    private static String periodAround(Instant start) {
        LocalDate day = start.atZone(ZoneOffset.UTC).toLocalDate();
        return "range=custom&from=" + day.minusDays(1) + "&to=" + day.plusDays(1);
    }
}
