package io.handoff.deals.transaction;

import java.time.Instant;
import java.util.UUID;

/** A transaction as the API shows it; the amount is an exact decimal string with its currency's decimals. */
public record TransactionView(UUID id, UUID sourceId, String provider, String externalId, String amount,
                              String currency, String email, UUID contactId, UUID dealId, Instant occurredAt,
                              Instant receivedAt) {

    public static TransactionView of(PaymentTransaction t) {
        return new TransactionView(t.id, t.sourceId, t.provider, t.externalId, t.exactAmount().toPlainString(),
                t.currency, t.email, t.contactId, t.dealId, t.occurredAt, t.receivedAt);
    }
}
