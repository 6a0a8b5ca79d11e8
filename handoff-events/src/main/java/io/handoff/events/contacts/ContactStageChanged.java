package io.handoff.events.contacts;

import io.handoff.events.Actor;
import io.handoff.events.StageRef;

import java.util.UUID;

/** Data of contact.stage-changed.v1; {@code from} or {@code to} is absent when the contact had or gets no stage. */
public record ContactStageChanged(UUID contactId, StageRef from, StageRef to, Actor actor, String reason) {
}
