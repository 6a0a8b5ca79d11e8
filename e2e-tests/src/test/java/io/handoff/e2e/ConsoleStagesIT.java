package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.handoff.launcher.token.Role;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage views in the browser: live counts from the stage stream, a stage's contacts, and the stage settings of
 * admins and managers (create with icon and color, errors beside the fields, delete with a replacement).
 */
@ExtendWith({PlatformExtension.class, ConsoleExtension.class})
class ConsoleStagesIT {

    private static E2ePlatform e2e;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void open(E2ePlatform platform, ConsoleBrowser opened) {
        e2e = platform;
        browser = opened;
    }

    @Test
    void shouldChangeACountLiveWhenAContactMovesWithoutAReload() {
        ConsoleLeads leads = new ConsoleLeads(e2e, "console-stage-live");
        String ann = leads.capture("Ann Live", "Over $5k", "google").path("id").asText();
        String newLead = leads.stageId("New Lead");
        String contacted = leads.stageId("Contacted");

        browser.signIn(leads.workspace, leads.workspace.admin).go("#/stages");
        awaitCount(newLead, "1");
        awaitCount(contacted, "0");
        ((JavascriptExecutor) browser.driver()).executeScript("window.__sameDocument = true");

        leads.moveTo(ann, "Contacted");
        awaitCount(contacted, "1");
        awaitCount(newLead, "0");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__sameDocument"))
                .as("the page was not reloaded").isEqualTo(true);
        assertThat(browser.find(By.cssSelector("[data-testid=stream-state]")).getText()).contains("live");
        browser.screenshot("stages");
    }

    @Test
    void shouldListAStagesContactsWhenItsTileIsClicked() {
        ConsoleLeads leads = new ConsoleLeads(e2e, "console-stage-list");
        String ann = leads.capture("Ann Listed", "Over $5k", "google").path("id").asText();
        String ben = leads.capture("Ben Elsewhere", "Over $5k", "google").path("id").asText();
        leads.moveTo(ben, "Nurturing");
        String newLead = leads.stageId("New Lead");

        browser.signIn(leads.workspace, leads.workspace.admin).go("#/stages");
        browser.click(By.cssSelector("a[data-testid=stage-tile][data-stage='" + newLead + "']"));
        browser.await(ExpectedConditions.urlContains("#/stages/" + newLead));
        ConsoleContactsIT.awaitRows(browser, ann);
        assertThat(browser.find(By.cssSelector("tr[data-contact='" + ann + "']")).getText()).contains("Ann Listed");

        // The list follows the stream too: a contact moving in appears without a reload.
        leads.moveTo(ben, "New Lead");
        ConsoleContactsIT.awaitRows(browser, ann, ben);

        browser.go("#/stages/" + java.util.UUID.randomUUID());
        assertThat(browser.find(By.cssSelector(".stages-page .state.empty")).getText()).contains("No such stage");
    }

    @Test
    void shouldLetAnAdminCreateAStageWithIconAndColorAndDeleteItWithAReplacement() {
        ConsoleLeads leads = new ConsoleLeads(e2e, "console-stage-admin");
        String ann = leads.capture("Ann Moved", "Over $5k", "google").path("id").asText();

        browser.signIn(leads.workspace, leads.workspace.admin).go("#/stages");
        browser.click(By.cssSelector("[data-testid=new-stage]"));
        browser.type(By.cssSelector("[data-testid=stage-form] input[name=name]"), "Hot Lead");
        browser.click(By.cssSelector("label.icon-choice[title=flame]"));
        browser.click(By.cssSelector("label.swatch[title=purple]"));
        browser.click(By.cssSelector("[data-testid=save-stage]"));
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=stage-form]")));
        WebElement created = browser.find(By.cssSelector("tr[data-name='Hot Lead']"));
        assertThat(created.getText()).contains("Hot Lead", "Active", "flame", "#A855F7");

        JsonNode stage = stageNamed(leads, "Hot Lead");
        assertThat(stage.path("icon").asText()).isEqualTo("flame");
        assertThat(stage.path("color").asText()).isEqualTo("#A855F7");
        assertThat(stage.path("category").asText()).isEqualTo("ACTIVE");
        String hotLead = stage.path("id").asText();
        assertThat(browser.find(By.cssSelector("a[data-testid=stage-tile][data-stage='" + hotLead + "']")).getText())
                .contains("Hot Lead");

        // Reordering: one step up within Active swaps it with the stage above it.
        int position = stage.path("position").asInt();
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.find(By.cssSelector("tr[data-name='Hot Lead']")));
        browser.click(By.cssSelector("tr[data-name='Hot Lead'] [data-testid=move-up]"));
        awaitShown(() -> stageNamed(leads, "Hot Lead").path("position").asInt() == position - 1);
        assertThat(browser.findAll(By.cssSelector("table.stage-settings tr[data-stage-row]")).stream()
                .map(r -> r.getAttribute("data-name")).toList()).containsSubsequence("Hot Lead", "Engaged");

        // The API's refusals show in the form: a bad color beside its field, a taken name above the fields.
        browser.click(By.cssSelector("[data-testid=new-stage]"));
        browser.type(By.cssSelector("[data-testid=stage-form] input[name=name]"), "Cold Lead");
        browser.type(By.name("colorHex"), "#12");
        browser.click(By.cssSelector("[data-testid=save-stage]"));
        assertThat(browser.find(By.cssSelector("[data-testid=stage-form] .field.invalid .field-error")).getText())
                .contains("#RRGGBB");
        browser.type(By.cssSelector("[data-testid=stage-form] input[name=name]"), "Hot Lead");
        browser.click(By.cssSelector("label.swatch[title=blue]"));
        browser.click(By.cssSelector("[data-testid=save-stage]"));
        assertThat(browser.find(By.cssSelector("[data-testid=stage-form] [role=alert]")).getText())
                .contains("Hot Lead", "exists");
        browser.click(By.cssSelector(".modal .close"));

        leads.moveTo(ann, "Hot Lead");
        // A toast may cover the row's buttons at the bottom of the window: bring the row to the middle first.
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.find(By.cssSelector("tr[data-name='Hot Lead']")));
        browser.click(By.cssSelector("tr[data-name='Hot Lead'] [data-testid=delete-stage]"));
        new Select(browser.find(By.name("replacement"))).selectByVisibleText("Active · Nurturing");
        browser.click(By.cssSelector("[data-testid=confirm-delete]"));
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-name='Hot Lead']")));

        assertThat(StreamSupport.stream(leads.stages().spliterator(), false).map(s -> s.path("name").asText()))
                .doesNotContain("Hot Lead");
        assertThat(leads.contact(ann).path("stageId").asText()).isEqualTo(leads.stageId("Nurturing"));
    }

    @Test
    void shouldShowStagesButNoStageSettingsToAUser() {
        ConsoleLeads leads = new ConsoleLeads(e2e, "console-stage-user");
        TestWorkspace.Member sam = leads.workspace.addUser("Sam Setter", Role.USER);

        browser.signIn(leads.workspace, sam).go("#/stages");
        browser.find(By.cssSelector("a[data-testid=stage-tile][data-stage='" + leads.stageId("New Lead") + "']"));
        assertThat(browser.findAll(By.cssSelector("[data-testid=stage-settings]"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector("[data-testid=new-stage]"))).isEmpty();

        TestWorkspace.Member mia = leads.workspace.addUser("Mia Manager", Role.MANAGER);
        browser.signIn(leads.workspace, mia).go("#/stages");
        assertThat(browser.find(By.cssSelector("[data-testid=stage-settings]")).getText()).contains("Stage settings");
    }

    private static JsonNode stageNamed(ConsoleLeads leads, String name) {
        for (JsonNode s : leads.stages()) {
            if (s.path("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + name);
    }

    private static void awaitCount(String stageId, String count) {
        awaitShown(() -> count.equals(browser.driver().findElement(By.cssSelector(
                "a[data-testid=stage-tile][data-stage='" + stageId + "'] [data-testid=stage-count]")).getText()));
    }

    private static void awaitShown(BooleanSupplier condition) {
        browser.await(d -> {
            try {
                return condition.getAsBoolean();
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }
}
