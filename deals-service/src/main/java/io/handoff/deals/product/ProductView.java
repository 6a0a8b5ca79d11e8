package io.handoff.deals.product;

import io.handoff.deals.money.Money;

import java.time.Instant;
import java.util.UUID;

/** A product as the API shows it; the price is a decimal string in the workspace currency. */
public record ProductView(UUID id, String name, String defaultPrice, String currency, Instant createdAt,
                          Instant updatedAt) {

    public static ProductView of(Product p, String currency) {
        return new ProductView(p.id, p.name, Money.format(p.defaultPrice), currency, p.createdAt, p.updatedAt);
    }
}
