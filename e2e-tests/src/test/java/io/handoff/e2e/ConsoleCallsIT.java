package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Calls page: the list's tabs and filters, a call's detail, recording an outcome and adding a deal. */
@ExtendWith({PlatformExtension.class, ConsoleExtension.class})
class ConsoleCallsIT {

    private static ConsoleSalesTeam team;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void open(E2ePlatform platform, ConsoleBrowser opened) {
        team = new ConsoleSalesTeam(platform, "console-calls");
        browser = opened;
    }

    @Test
    void shouldShowTheBookedCallUpcomingAndRecordASaleWithADealThatTheApiHas() {
        ConsoleSalesTeam.BookedCall call = team.book("Lena Lead");
        browser.signIn(team.workspace, team.closer);

        browser.go("#/calls");
        By row = By.cssSelector("tr[data-call-id='" + call.id() + "']");
        assertThat(browser.find(row).getText()).contains("Lena Lead", "Strategy Call", "Cole Closer", "Sam Setter",
                "Booked");
        browser.click(By.cssSelector("[data-testid=tab-past]"));
        browser.waitForText(By.cssSelector(".state.empty"), "No past calls");
        assertThat(browser.findAll(row)).isEmpty();
        browser.click(By.cssSelector("[data-testid=tab-upcoming]"));

        browser.click(row);
        browser.waitForText(By.cssSelector("[data-testid=call-set-by]"), "Sam Setter");
        assertThat(browser.find(By.cssSelector("[data-testid=call-host]")).getText()).isEqualTo("Cole Closer");
        assertThat(browser.find(By.cssSelector("[data-testid=call-time] .sub")).getText()).isEqualTo("America/New_York");

        browser.click(By.cssSelector("[data-testid=result-SALE]"));
        new Select(browser.find(By.cssSelector(".outcome-form select[name=objection]"))).selectByValue("MONEY");
        browser.click(By.cssSelector("[data-testid=save-outcome]"));
        browser.waitForText(By.cssSelector("[data-testid=outcome-result]"), "Sale");
        assertThat(browser.find(By.cssSelector("[data-testid=outcome-objection]")).getText()).isEqualTo("Money");
        JsonNode outcome = team.get(team.e2e.outcomes("/calls/" + call.id() + "/outcome"), team.closer.token());
        assertThat(outcome.path("result").asText()).isEqualTo("SALE");
        assertThat(outcome.path("objection").asText()).isEqualTo("MONEY");
        assertThat(outcome.path("recordedBy").asText()).isEqualTo(team.closer.id());

        team.awaitDealMissing(call);
        browser.click(By.cssSelector("[data-testid=add-deal]"));
        new Select(browser.find(By.cssSelector(".deal-form select[name=productId]"))).selectByValue(team.productId);
        assertThat(browser.find(By.cssSelector(".deal-form input[name=value]")).getAttribute("value"))
                .as("the product's default price").isEqualTo(ConsoleSalesTeam.PRICE);
        browser.click(By.cssSelector("[data-testid=save-deal]"));
        browser.waitForText(By.cssSelector("[data-testid=deal-product]"), team.productName);
        assertThat(browser.find(By.cssSelector("[data-testid=deal-value]")).getText()).isEqualTo("$2,500.00");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("calls");

        JsonNode deals = team.get(team.e2e.deals("/deals?contactId=" + call.contactId()), team.closer.token());
        assertThat(deals.path("items")).hasSize(1);
        JsonNode deal = deals.path("items").get(0);
        assertThat(deal.path("callId").asText()).isEqualTo(call.id());
        assertThat(deal.path("productId").asText()).isEqualTo(team.productId);
        assertThat(deal.path("value").asText()).isEqualTo(ConsoleSalesTeam.PRICE);
        assertThat(deal.path("paymentType").asText()).isEqualTo("WON");
        assertThat(deal.path("closerId").asText()).isEqualTo(team.closer.id());
        assertThat(deal.path("setterId").asText()).isEqualTo(team.setter.id());

        // The list shows the outcome once scheduling-service has heard of it.
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            browser.go("#/calls?tag=outcome-added");
            assertThat(browser.find(row).getText()).contains("Sale");
        });
    }

    @Test
    void shouldShowTheApisFieldErrorAtTheReasonForANoSaleWithoutOne() {
        ConsoleSalesTeam.BookedCall call = team.book("Nora Nosale");
        Http.Answer refused = Http.send("PUT", team.e2e.outcomes("/calls/" + call.id() + "/outcome"),
                team.closer.token(), Map.of("result", "NO_SALE"));
        assertThat(refused.status()).as("no reason: %s", refused).isEqualTo(400);
        String message = refused.fieldError("reason");
        assertThat(message).as("the API's reason error in %s", refused).isNotBlank();

        browser.signIn(team.workspace, team.closer);
        browser.go("#/calls/" + call.id());
        browser.click(By.cssSelector("[data-testid=result-NO_SALE]"));
        browser.click(By.cssSelector("[data-testid=save-outcome]"));
        browser.waitForText(By.cssSelector(".outcome-form .field.invalid .field-error"), message);
        assertThat(browser.find(By.cssSelector(".outcome-form .field.invalid .label")).getText()).isEqualTo("Reason");

        // Choosing a reason then records it.
        new Select(browser.find(By.cssSelector(".outcome-form select[name=reason]"))).selectByValue("NOT_INTERESTED");
        browser.click(By.cssSelector("[data-testid=save-outcome]"));
        browser.waitForText(By.cssSelector("[data-testid=outcome-reason]"), "Not interested");
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> assertThat(team.get(team.e2e.outcomes("/calls/"
                + call.id() + "/outcome"), team.closer.token()).path("reason").asText()).isEqualTo("NOT_INTERESTED"));
    }

    @Test
    void shouldShowTheListsProblemForAMalformedFilter() {
        browser.signIn(team.workspace, team.closer);
        browser.go("#/calls?tab=past&from=yesterday");
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".state.error")));
        assertThat(browser.find(By.cssSelector(".state.error")).getText()).contains("from")
                .contains("must be an instant");
    }
}
