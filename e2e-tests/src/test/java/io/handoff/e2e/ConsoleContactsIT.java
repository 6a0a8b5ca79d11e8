package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.handoff.launcher.token.Role;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Global Data and Appointment Setting in the browser: captured leads in the table, filters kept in the URL, smart
 * views, bulk setter assignment in round robin, bulk and per-row stage moves, and a setter claiming a lead. Each
 * test opens its own workspace, so that the table holds exactly its leads.
 */
@ExtendWith({PlatformExtension.class, ConsoleExtension.class})
class ConsoleContactsIT {

    private static E2ePlatform e2e;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void open(E2ePlatform platform, ConsoleBrowser opened) {
        e2e = platform;
        browser = opened;
    }

    @Test
    void shouldListCapturedLeadsAndNarrowThemWithFiltersKeptInTheUrl() {
        ConsoleLeads leads = new ConsoleLeads(e2e, "console-contacts");
        String ann = leads.capture("Ann Google", "Over $5k", "google").path("id").asText();
        String dan = leads.capture("Dan Facebook", "Under $1k", "facebook").path("id").asText();

        browser.signIn(leads.workspace, leads.workspace.admin).go("#/contacts");
        awaitRows(ann, dan);
        WebElement annRow = row(ann);
        assertThat(annRow.getText()).contains("Ann Google", "qualified", "New Lead", "Discovery Call", "google", "cpc",
                "spring");
        assertThat(annRow.findElement(By.cssSelector("[data-testid=claim]")).isDisplayed()).isTrue();
        assertThat(row(dan).getText()).contains("disqualified", "facebook");
        assertThat(annRow.findElement(By.cssSelector("a[data-testid=contact-name]")).getAttribute("href"))
                .endsWith("#/contacts/" + ann);
        browser.screenshot("contacts");

        new Select(browser.find(By.name("leadStatus"))).selectByValue("DISQUALIFIED");
        awaitRows(dan);
        assertThat(browser.driver().getCurrentUrl()).contains("leadStatus=DISQUALIFIED");

        browser.driver().navigate().refresh();
        awaitRows(dan);
        assertThat(new Select(browser.find(By.name("leadStatus"))).getFirstSelectedOption().getText())
                .isEqualTo("disqualified");

        browser.click(By.cssSelector("[data-testid=clear-filters]"));
        awaitRows(ann, dan);
        browser.type(By.name("q"), "Ann Goo").click(By.cssSelector("[data-testid=apply-filters]"));
        awaitRows(ann);
        assertThat(browser.driver().getCurrentUrl()).contains("q=Ann+Goo");

        browser.type(By.name("q"), "nobody-" + UUID.randomUUID()).click(By.cssSelector("[data-testid=apply-filters]"));
        assertThat(browser.find(By.cssSelector("[data-testid=contacts-empty]")).getText())
                .contains("No contacts match these filters.");

        // A value the API refuses: its problem is shown, naming the parameter.
        browser.go("#/contacts?createdFrom=yesterday");
        assertThat(browser.find(By.cssSelector(".contacts-page [role=alert]")).getText()).contains("createdFrom");
    }

    @Test
    void shouldSaveASmartViewAndApplyItAgain() {
        ConsoleLeads leads = new ConsoleLeads(e2e, "console-views");
        String ann = leads.capture("Ann Google", "Over $5k", "google").path("id").asText();
        String bob = leads.capture("Bob Facebook", "Over $5k", "facebook").path("id").asText();

        browser.signIn(leads.workspace, leads.workspace.admin).go("#/contacts?utmSource=facebook");
        awaitRows(bob);
        browser.click(By.cssSelector("[data-testid=save-view]"));
        assertThat(browser.find(By.cssSelector("[data-testid=view-query]")).getText()).isEqualTo("utmSource=facebook");
        browser.type(By.name("viewName"), "Facebook leads").click(By.cssSelector("[data-testid=confirm-save-view]"));
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=save-view-form]")));

        Http.Answer views = Http.send("GET", e2e.contacts("/smart-views"), leads.workspace.admin.token(), null);
        assertThat(views.json().path("items")).hasSize(1);
        JsonNode view = views.json().path("items").get(0);
        assertThat(view.path("name").asText()).isEqualTo("Facebook leads");
        assertThat(view.path("query").asText()).isEqualTo("utmSource=facebook");

        browser.go("#/contacts");
        awaitRows(ann, bob);
        new Select(browser.find(By.name("smartView"))).selectByVisibleText("Facebook leads");
        awaitRows(bob);
        assertThat(browser.driver().getCurrentUrl()).contains("utmSource=facebook")
                .contains("view=" + view.path("id").asText());
        assertThat(browser.find(By.name("utmSource")).getAttribute("value")).isEqualTo("facebook");
    }

    @Test
    void shouldAssignTwoSelectedContactsInRoundRobinAndMoveThemToAStageInBulk() {
        ConsoleLeads leads = new ConsoleLeads(e2e, "console-bulk");
        TestWorkspace.Member sam = leads.workspace.addUser("Sam Setter", Role.USER);
        TestWorkspace.Member sue = leads.workspace.addUser("Sue Setter", Role.USER);
        String ann = leads.capture("Ann One", "Over $5k", "google").path("id").asText();
        String ben = leads.capture("Ben Two", "Over $5k", "google").path("id").asText();

        browser.signIn(leads.workspace, leads.workspace.admin).go("#/appointment-setting");
        awaitRows(ann, ben);
        assertThat(browser.findAll(By.cssSelector("[data-testid=bulk-bar]"))).isEmpty();
        browser.click(By.cssSelector("[data-testid=select-all]"));
        assertThat(browser.waitForText(By.cssSelector("[data-testid=selected-count]"), "2 selected").getText())
                .isEqualTo("2 selected");

        browser.click(By.cssSelector("[data-testid=assign-setter]"));
        browser.click(By.cssSelector("input[name=setter][value='" + sam.id() + "']"));
        assertThat(browser.findAll(By.cssSelector("[data-testid=round-robin]"))).isEmpty();
        browser.click(By.cssSelector("input[name=setter][value='" + sue.id() + "']"));
        assertThat(browser.find(By.cssSelector("[data-testid=round-robin]")).getText()).contains("Round robin");
        browser.click(By.cssSelector("[data-testid=confirm-assign]"));

        awaitShown(() -> new HashSet<>(List.of(setterShown(ann), setterShown(ben))).equals(Set.of(sam.id(), sue.id())));
        assertThat(List.of(setterShown(ann), setterShown(ben))).containsExactlyInAnyOrder(sam.id(), sue.id());
        assertThat(List.of(leads.contact(ann).path("setterOwnerId").asText(),
                leads.contact(ben).path("setterOwnerId").asText())).containsExactlyInAnyOrder(sam.id(), sue.id());
        assertThat(row(ann).getText()).containsAnyOf("Sam Setter", "Sue Setter");

        browser.click(By.cssSelector("[data-testid=select-all]"));
        new Select(browser.find(By.name("bulkStage"))).selectByVisibleText("Nurturing");
        assertThat(new Select(browser.find(By.name("bulkStage"))).getOptions()).extracting(WebElement::getText)
                .doesNotContain("Approved");
        browser.click(By.cssSelector("[data-testid=bulk-stage]"));
        String nurturing = leads.stageId("Nurturing");
        awaitShown(() -> nurturing.equals(stageShown(ann)) && nurturing.equals(stageShown(ben)));
        assertThat(leads.contact(ann).path("stageId").asText()).isEqualTo(nurturing);
        assertThat(leads.contact(ben).path("stageId").asText()).isEqualTo(nurturing);
        assertThat(browser.findAll(By.cssSelector("[data-testid=bulk-bar]"))).isEmpty();
    }

    @Test
    void shouldMoveARowToAStageAndSendApprovedToTheApprovePage() {
        ConsoleLeads leads = new ConsoleLeads(e2e, "console-row-stage");
        String ann = leads.capture("Ann Row", "Over $5k", "google").path("id").asText();

        browser.signIn(leads.workspace, leads.workspace.admin).go("#/contacts");
        awaitRows(ann);
        new Select(row(ann).findElement(By.name("stage"))).selectByVisibleText("Contacted");
        String contacted = leads.stageId("Contacted");
        awaitShown(() -> contacted.equals(stageShown(ann)));
        await().atMost(ConsoleLeads.PATIENCE).untilAsserted(() ->
                assertThat(leads.contact(ann).path("stageId").asText()).isEqualTo(contacted));

        new Select(row(ann).findElement(By.name("stage"))).selectByVisibleText("Approved (book a call)");
        browser.await(ExpectedConditions.urlContains("#/contacts/" + ann + "/approve"));
        assertThat(leads.contact(ann).path("stageId").asText()).as("approving books a call first").isEqualTo(contacted);
    }

    @Test
    void shouldLetASetterClaimALeadInAppointmentSetting() {
        ConsoleLeads leads = new ConsoleLeads(e2e, "console-claim");
        TestWorkspace.Member sam = leads.workspace.addUser("Sam Setter", Role.USER);
        String ann = leads.capture("Ann Claim", "Over $5k", "google").path("id").asText();

        browser.signIn(leads.workspace, sam).go("#/appointment-setting?setterOwnerId=none");
        awaitRows(ann);
        row(ann).findElement(By.cssSelector("[data-testid=claim]")).click();
        awaitShown(() -> sam.id().equals(setterShown(ann)));
        assertThat(row(ann).findElement(By.cssSelector("[data-testid=setter-owner]")).getText()).isEqualTo("Sam Setter");
        assertThat(leads.contact(ann).path("setterOwnerId").asText()).isEqualTo(sam.id());
        browser.screenshot("appointment-setting");
    }

    /** Waits until the table shows exactly these contacts (in any order). */
    static void awaitRows(ConsoleBrowser browser, String... ids) {
        List<String> expected = List.of(ids);
        browser.await(d -> {
            try {
                List<String> shown = d.findElements(By.cssSelector("tr[data-contact]")).stream()
                        .map(r -> r.getAttribute("data-contact")).toList();
                return shown.size() == expected.size() && shown.containsAll(expected);
            } catch (StaleElementReferenceException e) {
                return false; // the table re-rendered while it was read
            }
        });
    }

    private static void awaitRows(String... ids) {
        awaitRows(browser, ids);
    }

    /** Waits for a condition on the page, reading again when an element was replaced while it was read. */
    private static void awaitShown(java.util.function.BooleanSupplier condition) {
        browser.await(d -> {
            try {
                return condition.getAsBoolean();
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private static WebElement row(String contactId) {
        return browser.find(By.cssSelector("tr[data-contact='" + contactId + "']"));
    }

    private static String setterShown(String contactId) {
        return row(contactId).findElement(By.cssSelector("[data-testid=setter-owner]")).getAttribute("data-user");
    }

    private static String stageShown(String contactId) {
        return row(contactId).findElement(By.cssSelector("[data-testid=stage-cell]")).getAttribute("data-stage");
    }
}
