package io.handoff.events;

import java.util.UUID;

/** A contact stage as named at the time of the event. */
public record StageRef(UUID id, String name, String category) {
}
