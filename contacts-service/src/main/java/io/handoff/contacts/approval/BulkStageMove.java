package io.handoff.contacts.approval;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Several contacts to move to one stage (any stage but Approved). */
public record BulkStageMove(@NotEmpty @Size(max = 1000) List<@NotNull UUID> contactIds, @NotNull UUID stageId) {
}
