package io.handoff.contacts.stage;

import java.util.UUID;

/** A stage as the API shows it. */
public record StageView(UUID id, String name, StageCategory category, int position, String icon, String color,
                        StageAction action, boolean isDefault, boolean approved) {

    public static StageView of(Stage s) {
        return new StageView(s.id, s.name, s.category, s.position, s.icon, s.color, s.action, s.isDefault, s.isApproved());
    }
}
