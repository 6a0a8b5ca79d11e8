package io.handoff.contacts.stage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A stage an admin or manager adds; it goes to the end of its category. */
public record NewStage(@NotBlank @Size(max = 60) String name, @NotNull StageCategory category,
                       @NotBlank String color, String icon) {
}
