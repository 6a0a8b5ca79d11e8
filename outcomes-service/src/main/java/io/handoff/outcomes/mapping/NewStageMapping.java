package io.handoff.outcomes.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The whole outcome→stage mapping of a workspace, replacing the previous one (an empty list clears it). */
public record NewStageMapping(@NotNull List<@Valid @NotNull MappedStage> entries) {
}
