package io.handoff.events.contacts;

import io.handoff.events.Actor;

import java.util.UUID;

/** Data of contact.merged.v1: records of the duplicate now belong to the primary. */
public record ContactMerged(UUID primaryContactId, UUID duplicateContactId, Actor actor) {
}
