package io.handoff.deals.deal;

import io.handoff.deals.money.Amount;
import io.handoff.deals.product.NewProduct;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deal to add: on a call, closer and setter default to the call's host and set-by user, the date to today in
 * the workspace time zone, and the product is an existing one or a new one added inline.
 */
public record NewDeal(
        @NotNull UUID contactId,
        UUID callId,
        UUID closerId,
        UUID setterId,
        @NotNull @Amount(positive = true) String value,
        LocalDate date,
        UUID productId,
        @Valid NewProduct newProduct,
        @NotNull PaymentType paymentType,
        UUID relatedDealId,
        @Size(max = 1500) String notes) {
}
