package io.handoff.deals.deal;

import io.handoff.deals.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A deal as the API shows it; the value is an exact decimal string in the deal's currency. */
public record DealView(UUID id, UUID contactId, UUID callId, UUID closerId, UUID setterId, String value,
                       String currency, LocalDate date, UUID productId, String productName, PaymentType paymentType,
                       UUID relatedDealId, String notes, UUID createdBy, Instant createdAt, Instant updatedAt,
                       int version) {

    public static DealView of(Deal d) {
        return new DealView(d.id, d.contactId, d.callId, d.closerId, d.setterId, Money.format(d.value), d.currency,
                d.dealDate, d.product == null ? null : d.product.id, d.product == null ? null : d.product.name,
                d.paymentType, d.relatedDealId, d.notes, d.createdBy, d.createdAt, d.updatedAt, d.version);
    }
}
