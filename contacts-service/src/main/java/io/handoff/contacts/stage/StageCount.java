package io.handoff.contacts.stage;

import java.util.UUID;

/** How many contacts are in a stage; stageId null counts contacts without a stage. */
public record StageCount(UUID stageId, String name, long count) {
}
