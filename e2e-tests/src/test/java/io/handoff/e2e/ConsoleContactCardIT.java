package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The contact card in a real browser: a captured lead's answers, UTM and journey; rich-text notes; merging. */
@ExtendWith({PlatformExtension.class, ConsoleExtension.class})
class ConsoleContactCardIT {

    private static Scenario team;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void open(E2ePlatform e2e, ConsoleBrowser opened) {
        team = Scenario.open(e2e, "console-card");
        browser = opened;
        browser.signIn(team.workspace, team.setter);
    }

    @Test
    void shouldShowACapturedLeadsAnswersUtmAndJourney() {
        String email = "carla.card+" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        Http.Answer lead = Http.send("POST", team.publicUrl(team.discoveryId, "/leads"), null, Map.of(
                "email", email, "name", "Carla Card", "timeZone", "Europe/Berlin", "complete", true,
                "answers", Map.of(Scenario.BUDGET, "Over $5k"),
                "utm", Map.of("source", "newsletter", "medium", "email", "campaign", "december-push")));
        assertThat(lead.field("status")).as("lead: %s", lead).isEqualTo("QUALIFIED");
        String contactId = team.contactByEmail(email).path("id").asText();

        browser.go("#/contacts/" + contactId);
        browser.waitForText(By.cssSelector("[data-testid=contact-name]"), "Carla Card");
        assertThat(browser.find(By.cssSelector("[data-testid=contact-details] [data-field=timeZone] dd")).getText())
                .isEqualTo("Europe/Berlin");
        assertThat(browser.find(By.cssSelector("[data-testid=contact-details] [data-field=leadStatus]")).getText())
                .contains("QUALIFIED");
        WebElement answers = browser.find(By.cssSelector("[data-testid=contact-answers]"));
        assertThat(answers.getText()).contains(Scenario.BUDGET).contains("Over $5k");
        assertThat(browser.find(By.cssSelector("[data-utm=source] dd")).getText()).isEqualTo("newsletter");
        assertThat(browser.find(By.cssSelector("[data-utm=medium] dd")).getText()).isEqualTo("email");
        assertThat(browser.find(By.cssSelector("[data-utm=campaign] dd")).getText()).isEqualTo("december-push");
        WebElement captured = browser.find(By.cssSelector("[data-testid=journey] li[data-kind=LEAD_CAPTURED]"));
        assertThat(captured.getText()).contains("The contact");
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("contact-card");
    }

    @Test
    void shouldSaveABoldNoteWithAListAndRefuseOneOverTheLimitWithTheServicesMessage() {
        String contactId = newContact("nora.notes", List.of());
        browser.go("#/contacts/" + contactId);
        browser.waitForText(By.cssSelector("[data-testid=contact-name]"), "nora.notes");
        browser.click(By.cssSelector("button[data-tab=notes]"));
        browser.find(By.cssSelector("[data-testid=notes] .state.empty"));

        WebElement input = browser.find(By.cssSelector("[data-testid=note-editor] [data-testid=note-input]"));
        input.click();
        input.sendKeys("Call back ");
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("b").keyUp(Keys.CONTROL).perform();
        input.sendKeys("urgently");
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("b").keyUp(Keys.CONTROL).perform();
        input.sendKeys(Keys.ENTER);
        browser.click(By.cssSelector("[data-testid=note-editor] button[data-cmd=insertUnorderedList]"));
        input.sendKeys("pricing", Keys.ENTER, "references");
        browser.waitForText(By.cssSelector("[data-testid=note-editor] [data-testid=note-count]"), "37 / 1,500");
        clickCentered(By.cssSelector("[data-testid=note-editor] button[type=submit]"));

        WebElement shown = browser.find(By.cssSelector("ul.notes li.note .note-body"));
        assertThat(shown.findElement(By.tagName("b")).getText()).isEqualTo("urgently");
        assertThat(shown.findElements(By.cssSelector("ul li")).stream().map(WebElement::getText))
                .containsExactly("pricing", "references");
        JsonNode notes = notes(contactId);
        assertThat(notes).hasSize(1);
        String body = notes.get(0).path("body").asText();
        assertThat(body).contains("<b>urgently</b>").contains("<ul><li>pricing</li><li>references</li></ul>");
        assertThat(team.journeyKinds(contactId)).contains("NOTE_ADDED");
        browser.screenshot("contact-card-notes");

        // 1,501 visible characters: the counter warns, and the service's refusal is shown at the editor (a fresh one:
        // the editor is emptied after a save).
        input = browser.find(By.cssSelector("[data-testid=note-editor] [data-testid=note-input]"));
        browser.waitForText(By.cssSelector("[data-testid=note-editor] [data-testid=note-count]"), "0 / 1,500");
        ((JavascriptExecutor) browser.driver()).executeScript("const e = arguments[0]; e.innerHTML = '<p>'"
                + " + 'x'.repeat(1501) + '</p>'; e.dispatchEvent(new Event('input', {bubbles: true}));", input);
        browser.waitForText(By.cssSelector("[data-testid=note-editor] [data-testid=note-count]"),
                "1,501 / 1,500 — over the limit");
        clickCentered(By.cssSelector("[data-testid=note-editor] button[type=submit]"));
        browser.waitForText(By.cssSelector("[data-testid=note-editor] [data-testid=note-error]"),
                "has 1501 visible characters; at most 1500 are allowed");
        assertThat(notes(contactId)).as("the refused note was not saved").hasSize(1);
    }

    @Test
    void shouldPreviewWhatMovesAndMergeTheDuplicateAway() {
        String primaryId = newContact("paula.primary", List.of("vip"));
        String duplicateId = newContact("dupe.duplicate", List.of("webinar"));
        String duplicateEmail = team.contact(duplicateId).path("email").asText();
        Http.Answer note = Http.send("POST", team.e2e.contacts("/contacts/" + duplicateId + "/notes"),
                team.setter.token(), Map.of("body", "<p>Met at the <b>webinar</b></p>"));
        assertThat(note.status()).as("note: %s", note).isEqualTo(201);

        browser.go("#/contacts/" + primaryId);
        browser.waitForText(By.cssSelector("[data-testid=contact-name]"), "paula.primary");
        assertThat(browser.find(By.cssSelector("[data-testid=contact-utm]")).getText())
                .contains("No UTM parameters were captured.");
        browser.click(By.cssSelector("[data-testid=merge-open]"));
        browser.type(By.cssSelector("[data-testid=merge-search]"), "dupe.duplicate");
        browser.click(By.cssSelector("[data-testid=merge-candidates] button[data-contact='" + duplicateId + "']"));
        WebElement preview = browser.find(By.cssSelector("[data-testid=merge-preview]"));
        assertThat(preview.getText()).contains(duplicateEmail);
        assertThat(preview.findElement(By.cssSelector("[data-move=notes]")).getText()).isEqualTo("1 notes move");
        assertThat(preview.findElement(By.cssSelector("[data-move=tags]")).getText()).isEqualTo("Tags added: webinar");
        assertThat(preview.findElement(By.cssSelector("[data-move=email]")).getText()).contains(duplicateEmail);
        browser.click(By.cssSelector("[data-testid=merge-confirm]"));

        await().atMost(Scenario.PATIENCE).untilAsserted(() -> assertThat(Http.send("GET",
                team.e2e.contacts("/contacts/" + duplicateId), team.workspace.admin.token(), null).status())
                .isEqualTo(404));
        browser.waitForText(By.cssSelector("button[data-tab=notes]"), "Notes (1)");
        assertThat(browser.find(By.cssSelector("[data-testid=contact-tags]")).getText()).contains("vip")
                .contains("webinar");
        assertThat(browser.find(By.cssSelector("[data-testid=journey] li[data-kind=MERGED]")).getText())
                .contains(duplicateEmail);
    }

    @Test
    void shouldSetTheStageFromTheCardAndSendApprovedToTheApprovePage() {
        String contactId = newContact("stella.stage", List.of());
        browser.go("#/contacts/" + contactId);
        browser.waitForText(By.cssSelector("[data-testid=contact-name]"), "stella.stage");
        String nurturing = team.stageId("Nurturing");
        new org.openqa.selenium.support.ui.Select(browser.find(By.cssSelector("[data-testid=stage-select]")))
                .selectByValue(nurturing);
        await().atMost(Scenario.PATIENCE).untilAsserted(() ->
                assertThat(team.contact(contactId).path("stageId").asText()).isEqualTo(nurturing));
        new org.openqa.selenium.support.ui.Select(browser.find(By.cssSelector("[data-testid=setter-owner-select]")))
                .selectByValue(team.setter.id());
        await().atMost(Scenario.PATIENCE).untilAsserted(() ->
                assertThat(team.contact(contactId).path("setterOwnerId").asText()).isEqualTo(team.setter.id()));

        new org.openqa.selenium.support.ui.Select(browser.find(By.cssSelector("[data-testid=stage-select]")))
                .selectByValue(team.stageId("Approved"));
        browser.find(By.cssSelector("[data-testid=approve-form]"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/contacts/" + contactId + "/approve");
        assertThat(team.contact(contactId).path("stageId").asText()).as("Approved is not set without a booking")
                .isEqualTo(nurturing);
    }

    @Test
    void shouldSayWhenTheContactDoesNotExist() {
        browser.go("#/contacts/" + UUID.randomUUID());
        assertThat(browser.find(By.cssSelector("[data-testid=contact-card] .state.error")).getText())
                .containsIgnoringCase("not found");
    }

    /** Clicks with the element mid-screen: toasts of an earlier step sit at the bottom right, where it may be. */
    private static void clickCentered(By by) {
        WebElement element = browser.find(by);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        browser.click(by);
    }

    private static String newContact(String prefix, List<String> tags) {
        String email = prefix + "+" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        Http.Answer created = Http.send("POST", team.e2e.contacts("/contacts"), team.setter.token(),
                Map.of("email", email, "timeZone", "UTC", "tags", tags));
        assertThat(created.status()).as("contact: %s", created).isEqualTo(201);
        return created.field("id");
    }

    private static JsonNode notes(String contactId) {
        Http.Answer notes = Http.send("GET", team.e2e.contacts("/contacts/" + contactId + "/notes"),
                team.setter.token(), null);
        assertThat(notes.status()).isEqualTo(200);
        return notes.json().path("items");
    }
}
