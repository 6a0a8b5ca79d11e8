package io.handoff.contacts.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A field of the handoff form setters fill in when approving a contact for a strategy call. */
public record HandoffField(
        @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9]{0,39}", message = "must be a short camelCase key") String key,
        @NotBlank @Size(max = 80) String label,
        boolean required) {
}
