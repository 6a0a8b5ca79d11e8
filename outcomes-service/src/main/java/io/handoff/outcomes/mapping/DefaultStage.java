package io.handoff.outcomes.mapping;

import io.handoff.outcomes.outcome.OutcomeReason;
import io.handoff.outcomes.outcome.OutcomeResult;

import java.util.List;

/**
 * Where contacts-service moves the contact, by stage name, when no entry of the workspace's mapping matches
 * (outcome.recorded.v1 then carries no stageId). Shown beside the entries so that clients see the whole picture;
 * the list mirrors contacts-service's DefaultOutcomeStages.
 */
public record DefaultStage(OutcomeResult result, OutcomeReason reason, String defaultStageName) {

    public static final List<DefaultStage> ALL = List.of(
            new DefaultStage(OutcomeResult.SALE, null, "Customer"),
            new DefaultStage(OutcomeResult.NO_SALE, OutcomeReason.NO_SHOW, "Ghosting"),
            new DefaultStage(OutcomeResult.NO_SALE, OutcomeReason.NOT_INTERESTED, "No Decision"),
            new DefaultStage(OutcomeResult.NO_SALE, OutcomeReason.CONTACT_CANCELLED, "No Decision"),
            new DefaultStage(OutcomeResult.NO_SALE, OutcomeReason.UNQUALIFIED, "Not a Fit"),
            new DefaultStage(OutcomeResult.NO_SALE, OutcomeReason.FOLLOW_UP_SCHEDULED, "Follow-Up Scheduled"),
            new DefaultStage(OutcomeResult.REJECTED, OutcomeReason.BAD_FIT, "Not a Fit"),
            new DefaultStage(OutcomeResult.REJECTED, OutcomeReason.NOT_INTERESTED, "No Decision"),
            new DefaultStage(OutcomeResult.REJECTED, OutcomeReason.NO_SHOW, "Ghosting"),
            new DefaultStage(OutcomeResult.REJECTED, OutcomeReason.OTHERS, "Rejected"));
}
