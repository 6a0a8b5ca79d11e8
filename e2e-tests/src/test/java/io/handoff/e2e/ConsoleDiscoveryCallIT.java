package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A discovery call's outcome on the Calls page: Approved leads on to booking the strategy call, Rejected needs a
 * reason (the API's field error shows at the field) and is recorded with one.
 */
@ExtendWith({PlatformExtension.class, ConsoleExtension.class})
class ConsoleDiscoveryCallIT {

    private static ConsoleSalesTeam team;
    private static ConsoleBrowser browser;
    private static String discoveryId;

    @BeforeAll
    static void open(E2ePlatform platform, ConsoleBrowser opened) {
        team = new ConsoleSalesTeam(platform, "console-discovery");
        browser = opened;
        String admin = team.workspace.admin.token();
        team.accepted("PUT", platform.scheduling("/hosts/" + team.setter.id() + "/availability"), admin,
                Scenario.availability());
        discoveryId = team.accepted("POST", platform.scheduling("/event-types"), admin, Map.of(
                "name", "Discovery Call", "kind", "DISCOVERY", "durationMinutes", 15, "assignment", "ROUND_ROBIN",
                "hosts", List.of(Map.of("userId", team.setter.id(), "weight", 1)), "questions", List.of(),
                "disqualificationRules", List.of())).field("id");
    }

    private JsonNode outcome(ConsoleSalesTeam.BookedCall call) {
        return team.get(team.e2e.outcomes("/calls/" + call.id() + "/outcome"), team.setter.token());
    }

    @Test
    void shouldRecordApprovedAndLeadOnToBookingTheStrategyCall() {
        ConsoleSalesTeam.BookedCall call = team.book("Dana Discovery", discoveryId);
        browser.signIn(team.workspace, team.setter);
        browser.go("#/calls/" + call.id());
        assertThat(browser.findAll(By.cssSelector("[data-testid=result-SALE]"))).as("a discovery call's results")
                .isEmpty();
        browser.click(By.cssSelector("[data-testid=result-APPROVED]"));
        assertThat(browser.findAll(By.cssSelector(".outcome-form select[name=reason]"))).as("no reason to approve")
                .isEmpty();
        browser.click(By.cssSelector("[data-testid=save-outcome]"));
        browser.waitForText(By.cssSelector("[data-testid=outcome-result]"), "Approved");

        JsonNode recorded = outcome(call);
        assertThat(recorded.path("result").asText()).isEqualTo("APPROVED");
        assertThat(recorded.path("recordedBy").asText()).isEqualTo(team.setter.id());
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("discovery-call");

        browser.click(By.cssSelector("[data-testid=book-strategy]"));
        browser.await(ExpectedConditions.urlContains("#/contacts/" + call.contactId() + "/approve"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/contacts/" + call.contactId() + "/approve");
    }

    @Test
    void shouldShowTheApisFieldErrorAtTheReasonForARejectionWithoutOneAndRecordItWithOne() {
        ConsoleSalesTeam.BookedCall call = team.book("Rita Rejected", discoveryId);
        Http.Answer refused = Http.send("PUT", team.e2e.outcomes("/calls/" + call.id() + "/outcome"),
                team.setter.token(), Map.of("result", "REJECTED"));
        assertThat(refused.status()).as("no reason: %s", refused).isEqualTo(400);
        String message = refused.fieldError("reason");
        assertThat(message).as("the API's reason error in %s", refused).isNotBlank();

        browser.signIn(team.workspace, team.setter);
        browser.go("#/calls/" + call.id());
        browser.click(By.cssSelector("[data-testid=result-REJECTED]"));
        browser.click(By.cssSelector("[data-testid=save-outcome]"));
        browser.waitForText(By.cssSelector(".outcome-form .field.invalid .field-error"), message);
        assertThat(browser.find(By.cssSelector(".outcome-form .field.invalid .label")).getText()).isEqualTo("Reason");
        assertThat(Http.send("GET", team.e2e.outcomes("/calls/" + call.id() + "/outcome"), team.setter.token(), null)
                .status()).as("nothing recorded yet").isEqualTo(404);

        new Select(browser.find(By.cssSelector(".outcome-form select[name=reason]"))).selectByValue("BAD_FIT");
        browser.click(By.cssSelector("[data-testid=save-outcome]"));
        browser.waitForText(By.cssSelector("[data-testid=outcome-result]"), "Rejected");
        assertThat(browser.find(By.cssSelector("[data-testid=outcome-reason]")).getText()).isEqualTo("Bad fit");
        assertThat(browser.findAll(By.cssSelector("[data-testid=book-strategy]"))).as("no strategy call to book")
                .isEmpty();
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            JsonNode recorded = outcome(call);
            assertThat(recorded.path("result").asText()).isEqualTo("REJECTED");
            assertThat(recorded.path("reason").asText()).isEqualTo("BAD_FIT");
        });
    }
}
