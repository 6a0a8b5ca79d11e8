package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Analytics page: its figures are the API's, a sale moves the closing rate, and the grouping switches. */
@ExtendWith({PlatformExtension.class, ConsoleExtension.class})
class ConsoleAnalyticsIT {

    private static ConsoleSalesTeam team;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void open(E2ePlatform platform, ConsoleBrowser opened) {
        team = new ConsoleSalesTeam(platform, "console-analytics");
        browser = opened;
    }

    @Test
    void shouldShowTheClosingRateOfTheApiBeforeAndAfterASaleAndSwitchTheGrouping() {
        ConsoleSalesTeam.BookedCall call = team.book("Ava Analytics");
        // The call has ended for outcomes-service (30 days ahead): it counts as a held strategy call without a deal.
        JsonNode before = awaitSummary("closer", total -> assertThat(total.path("strategyCallsHeld").asLong())
                .isEqualTo(1));
        assertThat(before.path("total").path("closingRate").asText()).isEqualTo("0.0000");

        browser.signIn(team.workspace, team.manager);
        browser.go("#/analytics?range=custom&" + range() + "&groupBy=closer");
        assertThat(kpi("closingRate")).isEqualTo("0.0%");
        assertThat(kpi("revenue")).isEqualTo("$0.00");

        String closer = team.closer.token();
        team.accepted("PUT", team.e2e.outcomes("/calls/" + call.id() + "/outcome"), closer,
                Map.of("result", "SALE", "objection", "FEAR"));
        team.awaitDealMissing(call);
        team.accepted("POST", team.e2e.deals("/deals"), closer, Map.of("contactId", call.contactId(),
                "callId", call.id(), "value", ConsoleSalesTeam.PRICE, "paymentType", "WON", "productId", team.productId));
        JsonNode after = awaitSummary("closer", total -> assertThat(total.path("wonDeals").asLong()).isEqualTo(1));
        JsonNode total = after.path("total");
        assertThat(total.path("closingRate").asText()).isEqualTo("1.0000");

        browser.go("#/analytics?range=custom&" + range() + "&groupBy=closer");
        browser.driver().navigate().refresh();
        browser.waitForText(By.cssSelector("[data-testid=kpi-closingRate] [data-kpi-value]"), "100.0%");
        assertThat(kpi("revenue")).isEqualTo("$2,500.00");
        assertThat(kpi("callsBooked")).isEqualTo(total.path("callsBooked").asText());

        // The charts draw the API's numbers.
        JsonNode funnel = team.get(team.e2e.outcomes("/analytics/funnel?" + range()), team.manager.token());
        assertThat(chartValue("funnel", "Strategy booked")).isEqualTo(funnel.path("booked").asText());
        assertThat(chartValue("funnel", "Strategy held")).isEqualTo(funnel.path("held").asText());
        assertThat(chartValue("funnel", "Won")).isEqualTo(funnel.path("won").asText()).isEqualTo("1");
        assertThat(chartValue("objections", "Fear")).isEqualTo(total.path("objections").path("FEAR").asText())
                .isEqualTo("1");
        assertThat(chartValue("objections", "Money")).isEqualTo("0");
        JsonNode closerGroup = group(after, team.closer.id());
        assertThat(new BigDecimal(chartValue("groups", "Cole Closer")))
                .isEqualByComparingTo(closerGroup.path("closingRate").asText());
        assertThat(browser.find(By.cssSelector("tr[data-group-key='" + team.closer.id() + "'] [data-col=closingRate]"))
                .getText()).isEqualTo("100.0%");
        browser.screenshot("analytics");

        new Select(browser.find(By.cssSelector("select[name=groupBy]"))).selectByValue("setter");
        browser.await(d -> "setter".equals(d.findElement(By.cssSelector("[data-testid=groups-table]"))
                .getAttribute("data-group-by")));
        assertThat(browser.driver().getCurrentUrl()).contains("groupBy=setter");
        JsonNode bySetter = team.get(team.e2e.outcomes("/analytics/summary?" + range() + "&groupBy=setter"),
                team.manager.token());
        assertThat(groupKeys()).containsExactlyElementsOf(bySetter.path("groups").findValuesAsText("key"))
                .contains(team.setter.id());
        assertThat(browser.find(By.cssSelector("tr[data-group-key='" + team.setter.id() + "']")).getText())
                .startsWith("Sam Setter");
        assertThat(browser.find(By.cssSelector("[data-testid=setters-table] tr[data-user-id='" + team.setter.id()
                + "']")).getText()).contains("1 → 1 → 1");
    }

    @Test
    void shouldTellUsersThatAnalyticsIsForManagers() {
        browser.signIn(team.workspace, team.closer);
        assertThat(browser.findAll(By.cssSelector("nav.sidebar ul a")).stream().map(WebElement::getText))
                .doesNotContain("Analytics");
        browser.go("#/analytics");
        assertThat(browser.find(By.cssSelector("[data-testid=managers-only]")).getText()).contains("managers only");
    }

    @Test
    void shouldShowTheApisProblemForACustomRangeThatEndsBeforeItStarts() {
        browser.signIn(team.workspace, team.manager);
        browser.go("#/analytics?range=custom&from=2026-03-10&to=2026-03-01");
        assertThat(browser.find(By.cssSelector(".state.error")).getText()).contains("must not be before from");
    }

    /**
     * The last 30 days in the workspace's zone and tomorrow: the earliest slot, minutes away, is tomorrow there in
     * the minutes before its midnight, and the period must hold the call at any time of day.
     */
    private static String range() {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        return "from=" + today.minusDays(29) + "&to=" + today.plusDays(1);
    }

    private static JsonNode awaitSummary(String groupBy, java.util.function.Consumer<JsonNode> onTotal) {
        java.util.concurrent.atomic.AtomicReference<JsonNode> summary = new java.util.concurrent.atomic.AtomicReference<>();
        await().atMost(Scenario.PATIENCE).untilAsserted(() -> {
            JsonNode answer = team.get(team.e2e.outcomes("/analytics/summary?" + range() + "&groupBy=" + groupBy),
                    team.manager.token());
            onTotal.accept(answer.path("total"));
            summary.set(answer);
        });
        return summary.get();
    }

    private static String kpi(String id) {
        return browser.find(By.cssSelector("[data-testid=kpi-" + id + "] [data-kpi-value]")).getText();
    }

    private static String chartValue(String chart, String label) {
        return browser.find(By.cssSelector("figure[data-chart=" + chart + "] g[data-label='" + label + "']"))
                .getAttribute("data-value");
    }

    private static List<String> groupKeys() {
        return browser.findAll(By.cssSelector("[data-testid=groups-table] tbody tr")).stream()
                .map(row -> row.getAttribute("data-group-key")).toList();
    }

    private static JsonNode group(JsonNode summary, String key) {
        for (JsonNode g : summary.path("groups")) {
            if (key.equals(g.path("key").asText())) {
                return g;
            }
        }
        throw new AssertionError("no group " + key + " in " + summary);
    }
}
