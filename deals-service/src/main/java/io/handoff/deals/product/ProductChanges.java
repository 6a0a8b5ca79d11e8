package io.handoff.deals.product;

import io.handoff.deals.money.Amount;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partial update of a product: name and/or default price; absent fields stay as they are. */
public record ProductChanges(
        @Size(max = 120) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
        @Amount String defaultPrice) {
}
