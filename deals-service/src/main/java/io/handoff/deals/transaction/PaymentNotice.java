package io.handoff.deals.transaction;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a verified processor notification says: its own id (a redelivery repeats it), the payment's id when the
 * processor names one, the exact amount in an ISO currency, the payer's email and when the payment happened.
 */
public record PaymentNotice(String externalId, String paymentRef, BigDecimal amount, String currency, String email,
                            Instant occurredAt) {
}
