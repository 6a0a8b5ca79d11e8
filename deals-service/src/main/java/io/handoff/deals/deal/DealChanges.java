package io.handoff.deals.deal;

import io.handoff.deals.money.Amount;
import io.handoff.deals.money.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The editable fields of a deal, which PATCH changes as a JSON merge patch (absent stays, null clears where
 * the field may be empty, a value replaces).
 */
public record DealChanges(
        @NotNull UUID closerId,
        UUID setterId,
        @NotNull @Amount(positive = true) String value,
        @NotNull LocalDate date,
        UUID productId,
        @NotNull PaymentType paymentType,
        UUID relatedDealId,
        @Size(max = 1500) String notes) {

    public static DealChanges of(Deal d) {
        return new DealChanges(d.closerId, d.setterId, Money.format(d.value), d.dealDate,
                d.product == null ? null : d.product.id, d.paymentType, d.relatedDealId, d.notes);
    }
}
