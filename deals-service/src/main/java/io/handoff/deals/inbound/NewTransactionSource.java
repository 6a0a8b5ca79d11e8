package io.handoff.deals.inbound;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A source to add. Without a secret one is generated and shown once; Stripe makes its own signing secret
 * (whsec_…) for each endpoint, so a Stripe source is given that one, here or later with PATCH.
 */
public record NewTransactionSource(
        @NotNull @Pattern(regexp = Provider.PATTERN, message = "must be one of stripe, zapier, make, custom")
        String provider,
        @NotBlank @Size(max = 200) String name,
        @Size(min = 16, max = 200) @Pattern(regexp = "\\S+", message = "must not contain spaces") String secret) {
}
