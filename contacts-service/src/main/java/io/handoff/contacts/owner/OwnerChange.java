package io.handoff.contacts.owner;

import java.util.UUID;

/** The new owner of a contact; null unassigns. */
public record OwnerChange(UUID userId) {
}
