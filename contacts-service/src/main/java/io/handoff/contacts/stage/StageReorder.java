package io.handoff.contacts.stage;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;

/** The new order of every stage of one category. */
public record StageReorder(@NotNull StageCategory category, @NotEmpty List<@NotNull UUID> stageIds) {
}
