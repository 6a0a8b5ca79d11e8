package io.handoff.deals.inbound;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * Handoff's generic payment JSON, posted by Zapier, Make or any custom sender:
 * {@code {"id", "amount": "123.45", "currency": "USD", "email", "occurredAt"}}; the amount is a decimal string
 * with at most the currency's decimals (a JSON number is read from its exact text, never through double).
 */
public record GenericPayment(
        @NotBlank @Size(max = 255) String id,
        @NotNull
        @Pattern(regexp = "[0-9]{1,15}(\\.[0-9]{1,4})?", message = "must be a decimal string such as \"123.45\"")
        String amount,
        @NotNull @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 currency code") String currency,
        @Size(max = 320) String email,
        Instant occurredAt) {
}
