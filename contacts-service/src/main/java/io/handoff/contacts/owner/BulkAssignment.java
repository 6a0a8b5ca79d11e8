package io.handoff.contacts.owner;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * Selected contacts to give setter owners: one user takes them all; several users take them in
 * round robin, contacts in the given order, users in rotation.
 */
public record BulkAssignment(@NotEmpty @Size(max = 1000) List<@NotNull UUID> contactIds,
                             @NotEmpty @Size(max = 100) List<@NotNull UUID> userIds) {
}
