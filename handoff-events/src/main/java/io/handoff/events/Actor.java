package io.handoff.events;

import java.util.UUID;

/** Who caused a change: a user, the invitee (contact) through a public page, or the system itself. */
public record Actor(String kind, UUID userId) {
    public static final String USER = "USER";
    public static final String CONTACT = "CONTACT";
    public static final String SYSTEM = "SYSTEM";

    public static Actor user(UUID userId) {
        return new Actor(USER, userId);
    }

    public static Actor contact() {
        return new Actor(CONTACT, null);
    }

    public static Actor system() {
        return new Actor(SYSTEM, null);
    }
}
