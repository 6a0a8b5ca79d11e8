package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Calls page's "Attach a transaction": a payment a custom source signs and posts to deals-service for the
 * contact's e-mail is picked on the call's deal, and becomes its value (its own workspace, so the Calls page's
 * other tests see none of its calls).
 */
@ExtendWith({PlatformExtension.class, ConsoleExtension.class})
class ConsoleCallTransactionIT {

    private static ConsoleSalesTeam team;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void open(E2ePlatform platform, ConsoleBrowser opened) {
        team = new ConsoleSalesTeam(platform, "console-transaction");
        browser = opened;
    }

    @Test
    void shouldAttachAnInboundTransactionToTheCallsDealThatTheApiThenHas() throws Exception {
        ConsoleSalesTeam.BookedCall call = team.book("Tess Transaction");
        String admin = team.workspace.admin.token();
        team.accepted("PUT", team.e2e.outcomes("/calls/" + call.id() + "/outcome"), team.closer.token(),
                Map.of("result", "SALE", "objection", "NO_OBJECTION"));
        team.awaitDealMissing(call);
        JsonNode deal = team.accepted("POST", team.e2e.deals("/deals"), team.closer.token(), Map.of(
                "contactId", call.contactId(), "callId", call.id(), "value", "1000.00", "paymentType", "WON",
                "productId", team.productId)).json();
        String dealId = deal.path("id").asText();
        String currency = deal.path("currency").asText();

        // A custom payment source, and a payment it signs for the contact's e-mail.
        Http.Answer source = Http.send("POST", team.e2e.deals("/transaction-sources"), admin,
                Map.of("provider", "custom", "name", "Checkout page"));
        assertThat(source.status()).as("source: %s", source).isEqualTo(201);
        String email = team.get(team.e2e.contacts("/contacts/" + call.contactId()), admin).path("email").asText();
        String externalId = "pay_" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String payment = """
                {"id":"%s","amount":"1800.00","currency":"%s","email":"%s","occurredAt":"2026-11-20T10:15:30Z"}"""
                .formatted(externalId, currency, email);
        long now = System.currentTimeMillis() / 1000;
        HttpResponse<String> inbound = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        team.e2e.url("deals-service", source.field("inboundUrl"))))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Handoff-Timestamp", Long.toString(now))
                .header("X-Handoff-Signature", "sha256=" + hmacSha256Hex(source.field("secret"), now + "." + payment))
                .POST(HttpRequest.BodyPublishers.ofString(payment, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inbound.statusCode()).as("inbound: %s", inbound.body()).isEqualTo(201);
        JsonNode transaction = Http.JSON.readTree(inbound.body());
        assertThat(transaction.path("contactId").asText()).as("matched by e-mail").isEqualTo(call.contactId());
        assertThat(transaction.path("dealId").isNull()).isTrue();
        String transactionId = transaction.path("id").asText();

        browser.signIn(team.workspace, team.closer);
        browser.go("#/calls/" + call.id());
        By dealItem = By.cssSelector("li.deal[data-deal-id='" + dealId + "']");
        browser.waitForText(dealItem, "$1,000.00");
        assertThat(browser.findAll(By.cssSelector("[data-testid=deal-transaction]"))).isEmpty();
        browser.click(By.xpath("//li[@data-deal-id='" + dealId + "']//button[normalize-space()='Attach a transaction']"));
        By pick = By.xpath("//div[contains(@class,'modal')]//tr[contains(., '" + externalId + "')]");
        assertThat(browser.find(pick).getText()).contains("$1,800.00", email, "custom");
        browser.click(By.xpath("//div[contains(@class,'modal')]//tr[contains(., '" + externalId
                + "')]//button[normalize-space()='Attach']"));
        browser.waitForText(By.cssSelector("[data-testid=deal-transaction]"), externalId);
        assertThat(browser.find(By.cssSelector("[data-testid=deal-transaction]")).getText()).contains("$1,800.00");
        browser.waitForText(By.cssSelector("li.deal[data-deal-id='" + dealId + "'] [data-testid=deal-value]"),
                "$1,800.00");
        assertThat(browser.findAll(By.xpath("//button[normalize-space()='Attach a transaction']")))
                .as("one transaction per deal").isEmpty();
        browser.screenshot("call-transaction");

        assertThat(team.get(team.e2e.deals("/deals/" + dealId), team.closer.token()).path("value").asText())
                .isEqualTo("1800.00");
        JsonNode attached = team.get(team.e2e.deals("/transactions?dealId=" + dealId), team.closer.token());
        assertThat(attached.path("items").findValuesAsText("id")).containsExactly(transactionId);
        assertThat(team.get(team.e2e.deals("/transactions/" + transactionId), team.closer.token()).path("dealId")
                .asText()).isEqualTo(dealId);
    }

    /** hex(HMAC_SHA256(secret, message)), as a payment sender signs: straight javax.crypto, not the service's code. */
    private static String hmacSha256Hex(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
