package io.handoff.outcomes.mapping;

import io.handoff.outcomes.outcome.OutcomeReason;
import io.handoff.outcomes.outcome.OutcomeResult;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** One mapping entry as the API shows and takes it; reason null means any reason of the result. */
public record MappedStage(@NotNull OutcomeResult result, OutcomeReason reason, @NotNull UUID stageId) {

    static MappedStage of(StageMappingEntry e) {
        return new MappedStage(e.result, e.reason, e.stageId);
    }
}
