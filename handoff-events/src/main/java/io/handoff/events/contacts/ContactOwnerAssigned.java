package io.handoff.events.contacts;

import io.handoff.events.Actor;

import java.util.UUID;

/** Data of contact.owner-assigned.v1; ownerRole is SETTER or CLOSER, ownerId absent when unassigned. */
public record ContactOwnerAssigned(UUID contactId, String ownerRole, UUID previousOwnerId, UUID ownerId,
                                   Actor actor) {
}
