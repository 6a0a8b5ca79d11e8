package io.handoff.events.contacts;

import io.handoff.events.Actor;
import io.handoff.events.StageRef;
import io.handoff.events.Utm;

import java.util.UUID;

/** Data of contact.created.v1. */
public record ContactCreated(UUID contactId, String email, String name, String phone, String timeZone,
                             String leadStatus, StageRef stage, UUID setterOwnerId, UUID closerOwnerId, Utm utm,
                             Actor actor) {
}
