package io.handoff.deals.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import io.handoff.deals.money.CurrencyAmounts;
import io.handoff.deals.transaction.PaymentNotice;
import io.handoff.platform.problem.Problems;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Stripe event: {@code charge.succeeded} and {@code payment_intent.succeeded} are payments (amount in
 * minor units, lower-case currency); any other event type is acknowledged and ignored.
 */
final class StripeNotices {

    static final Set<String> PAYMENTS = Set.of("charge.succeeded", "payment_intent.succeeded");

    private StripeNotices() {
    }

    /** The payment the event reports, or empty for an event that reports none. */
    static Optional<PaymentNotice> read(JsonNode event) {
        String eventId = text(event, "id");
        if (eventId == null || !event.path("type").isTextual()) {
            throw Problems.invalid("id", "a Stripe event needs its id and type");
        }
        JsonNode object = event.path("data").path("object");
        String kind = text(object, "object");
        if (!PAYMENTS.contains(event.path("type").asText())
                || !("charge".equals(kind) || "payment_intent".equals(kind))) {
            return Optional.empty();
        }
        Currency currency = CurrencyAmounts.currency(text(object, "currency"));
        if (currency == null) {
            throw Problems.invalid("data.object.currency", "is not an ISO 4217 currency code");
        }
        JsonNode amount = object.path("amount");
        if (!amount.isIntegralNumber() || !amount.canConvertToLong() || amount.asLong() <= 0) {
            throw Problems.invalid("data.object.amount", "must be a positive whole number of minor units");
        }
        BigDecimal exact = CurrencyAmounts.fromMinorUnits(amount.asLong(), currency);
        String paymentRef = "charge".equals(kind) && text(object, "payment_intent") != null
                ? text(object, "payment_intent") : text(object, "id");
        return Optional.of(new PaymentNotice(eventId, paymentRef, exact, currency.getCurrencyCode(), email(object),
                created(object.has("created") ? object : event)));
    }

    private static String email(JsonNode object) {
        String receipt = text(object, "receipt_email");
        if (receipt != null) {
            return receipt;
        }
        String billing = text(object.path("billing_details"), "email");
        return billing != null ? billing : text(object, "customer_email");
    }

    private static Instant created(JsonNode node) {
        JsonNode created = node.path("created");
        return created.isIntegralNumber() && created.canConvertToLong() ? Instant.ofEpochSecond(created.asLong())
                : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
