package io.handoff.events.deals;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Data of transaction.received.v1: a payment processor reported a payment (contactId when matched by email). */
public record TransactionReceived(UUID transactionId, String provider, String externalId,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency,
                                  String email, UUID contactId, Instant occurredAt) {
}
