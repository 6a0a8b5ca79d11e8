package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Approve = book a call, in a real browser: the handoff form (the service's 400 shown at its fields), round robin
 * over the strategy call's closers, a free slot in the contact's time zone, and the approval followed until
 * scheduling books the call or refuses a slot taken meanwhile.
 */
@ExtendWith({PlatformExtension.class, ConsoleExtension.class})
class ConsoleApproveIT {

    private static Scenario team;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void open(E2ePlatform e2e, ConsoleBrowser opened) {
        team = Scenario.open(e2e, "console-approve");
        browser = opened;
        browser.signIn(team.workspace, team.setter);
    }

    @Test
    void shouldApproveThroughTheHandoffFormAndShowTheBookedCallWithItsCloser() {
        String contactId = qualifiedLead("amy.approve", "Europe/Berlin");
        browser.go("#/contacts/" + contactId + "/approve");
        browser.find(By.cssSelector("[data-testid=approve-form]"));
        assertThat(new Select(browser.find(By.cssSelector("[data-testid=closer-select]"))).getFirstSelectedOption()
                .getText()).isEqualTo("Round robin");
        assertThat(browser.find(By.cssSelector("[data-testid=slots-zone]")).getText()).contains("Europe/Berlin");

        WebElement slot = laterSlot();
        String start = slot.getAttribute("data-start");
        slot.click();
        assertThat(browser.find(By.cssSelector("[data-testid=chosen-slot]")).getText()).contains("Europe/Berlin");

        // Nothing in the handoff form: the service's 400 names each required field, shown under it.
        browser.click(By.cssSelector("[data-testid=approve-submit]"));
        WebElement pain = browser.find(By.xpath("//textarea[@data-handoff='pain']/ancestor::label"));
        browser.await(ExpectedConditions.textToBePresentInElement(pain, "Pain is required in the handoff form"));
        assertThat(browser.find(By.xpath("//textarea[@data-handoff='agreedNextStep']/ancestor::label")).getText())
                .contains("Agreed next step is required in the handoff form");
        assertThat(team.contact(contactId).path("leadStatus").asText()).isEqualTo("QUALIFIED");

        Scenario.handoffNotes().forEach((key, value) ->
                browser.type(By.cssSelector("textarea[data-handoff=" + key + "]"), value));
        assertThat(browser.findAll(By.cssSelector("[data-testid=approve-form] .field-error"))).as("answered fields")
                .isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("approve");
        browser.click(By.cssSelector("[data-testid=approve-submit]"));

        WebElement outcome = awaitOutcome("BOOKED");
        String closer = outcome.findElement(By.cssSelector("[data-testid=booked-closer]")).getText();
        assertThat(closer).isIn("Cole Closer", "Cleo Closer");
        String href = outcome.findElement(By.cssSelector("[data-testid=booked-call-link]")).getAttribute("href");
        String callId = href.substring(href.lastIndexOf('/') + 1);
        browser.screenshot("approve-booked");

        Http.Answer call = Http.send("GET", team.e2e.scheduling("/calls/" + callId), team.setter.token(), null);
        assertThat(call.status()).as("call: %s", call).isEqualTo(200);
        assertThat(call.json().path("start").asText()).isEqualTo(start);
        assertThat(call.json().path("host").path("name").asText()).isEqualTo(closer);
        assertThat(call.json().path("setBy").path("userId").asText()).isEqualTo(team.setter.id());
        assertThat(call.field("bookedVia")).isEqualTo("APPROVAL");
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            JsonNode booked = team.contact(contactId);
            assertThat(booked.path("leadStatus").asText()).isEqualTo("BOOKED");
            assertThat(booked.path("setById").asText()).isEqualTo(team.setter.id());
            assertThat(booked.path("stageId").asText()).isEqualTo(team.stageId("Approved"));
        });
    }

    @Test
    void shouldShowTheReasonWhenTheChosenSlotIsTakenBeforeSchedulingBooksIt() {
        String contactId = qualifiedLead("tom.taken", "UTC");
        String stageBefore = team.contact(contactId).path("stageId").asText();
        browser.go("#/contacts/" + contactId + "/approve");
        new Select(browser.find(By.cssSelector("[data-testid=closer-select]"))).selectByValue(team.closerOne.id());
        WebElement slot = laterSlot();
        String start = slot.getAttribute("data-start");
        slot.click();

        // Someone else books that closer at that time while the setter fills in the form.
        Http.Answer taken = Http.send("POST", team.e2e.scheduling("/calls"), team.setter.token(), Map.of(
                "eventTypeId", team.strategyId, "hostId", team.closerOne.id(), "start", start,
                "invitee", Map.of("email", "first." + UUID.randomUUID() + "@example.com", "timeZone", "UTC")));
        assertThat(taken.status()).as("first booking: %s", taken).isEqualTo(201);

        Scenario.handoffNotes().forEach((key, value) ->
                browser.type(By.cssSelector("textarea[data-handoff=" + key + "]"), value));
        browser.click(By.cssSelector("[data-testid=approve-submit]"));

        WebElement outcome = awaitOutcome("REJECTED");
        assertThat(outcome.findElement(By.cssSelector("[data-testid=rejection-reason]")).getText())
                .contains("The slot is no longer free.");
        assertThat(outcome.getText()).contains("SLOT_TAKEN");
        await().atMost(Scenario.PATIENCE).untilAsserted(() ->
                assertThat(team.contact(contactId).path("stageId").asText()).isEqualTo(stageBefore));

        // Choosing another time brings the form back without the slot that is gone.
        browser.click(By.xpath("//button[text()='Choose another time']"));
        browser.find(By.cssSelector("[data-testid=slots] button.slot"));
        List<String> offered = browser.findAll(By.cssSelector("[data-testid=slots] button.slot")).stream()
                .map(b -> b.getAttribute("data-start")).toList();
        assertThat(offered).doesNotContain(start);
    }

    @Test
    void shouldSayWhenTheContactDoesNotExist() {
        browser.go("#/contacts/" + UUID.randomUUID() + "/approve");
        assertThat(browser.find(By.cssSelector("[data-testid=approve-page] .state.error")).getText())
                .containsIgnoringCase("not found");
    }

    /** A slot an hour or so ahead rather than the first: the first may be a minute away and pass while the test types. */
    private static WebElement laterSlot() {
        browser.find(By.cssSelector("[data-testid=slots] button.slot"));
        List<WebElement> slots = browser.findAll(By.cssSelector("[data-testid=slots] button.slot"));
        assertThat(slots).as("free slots").hasSizeGreaterThan(4);
        return slots.get(4);
    }

    /** The approval is settled through Kafka: longer than the browser's usual patience on a loaded machine. */
    private static WebElement awaitOutcome(String status) {
        By settled = By.cssSelector("[data-testid=approval-outcome][data-status=" + status + "]");
        return new WebDriverWait(browser.driver(), Scenario.PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(settled));
    }

    private static String qualifiedLead(String prefix, String timeZone) {
        String email = prefix + "+" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        Http.Answer lead = Http.send("POST", team.publicUrl(team.discoveryId, "/leads"), null, Map.of(
                "email", email, "name", prefix, "timeZone", timeZone, "complete", true,
                "answers", Map.of(Scenario.BUDGET, "Over $5k")));
        assertThat(lead.field("status")).as("lead: %s", lead).isEqualTo("QUALIFIED");
        return team.contactByEmail(email).path("id").asText();
    }
}
