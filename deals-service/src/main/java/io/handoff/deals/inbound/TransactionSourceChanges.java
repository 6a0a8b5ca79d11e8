package io.handoff.deals.inbound;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A source's new name or signing secret (absent or null: unchanged); the secret is never shown again. */
public record TransactionSourceChanges(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Size(min = 16, max = 200) @Pattern(regexp = "\\S+", message = "must not contain spaces") String secret) {
}
