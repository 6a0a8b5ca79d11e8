package io.handoff.events.outcomes;

import io.handoff.events.Actor;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of outcome.recorded.v1: the call's current outcome at this revision (1 for the first, higher for
 * corrections). stageId is the stage the workspace's outcome mapping moves the contact to, if any.
 */
public record OutcomeRecorded(UUID outcomeId, UUID callId, UUID contactId, String callKind, int revision,
                              String result, String objection, String reason, String notes, UUID hostId,
                              UUID setById, UUID stageId, Actor actor, Instant recordedAt) {
}
