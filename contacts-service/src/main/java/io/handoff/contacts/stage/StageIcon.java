package io.handoff.contacts.stage;

import java.util.Set;

/** The icon catalogue stages may use. */
public final class StageIcon {

    public static final Set<String> CATALOGUE = Set.of("check", "dashed-circle", "cross", "minus", "plus", "hourglass",
            "block", "arrow", "send", "phone", "message", "mail", "user-check", "user-plus", "user-minus", "notes",
            "document", "checklist", "calendar-check", "cash", "currency-dollar", "currency-euro", "diamond", "sparkles",
            "trending", "flame", "snowflake", "seedling", "plant", "happy", "sad", "ghost");

    private StageIcon() {
    }
}
