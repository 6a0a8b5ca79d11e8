package io.handoff.deals.product;

import io.handoff.deals.money.Amount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A product to offer: its name (unique in the workspace) and default price in the workspace currency. */
public record NewProduct(
        @NotBlank @Size(max = 120) String name,
        @NotNull @Amount String defaultPrice) {
}
