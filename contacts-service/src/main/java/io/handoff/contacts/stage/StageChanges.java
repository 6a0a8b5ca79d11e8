package io.handoff.contacts.stage;

import jakarta.validation.constraints.Size;

/** A partial edit of a stage: rename, recolor, re-icon, move to another category, make it the default. */
public record StageChanges(@Size(min = 1, max = 60) String name, String color, String icon, StageCategory category,
                           Boolean isDefault) {
}
