package io.handoff.contacts.user;

import java.time.Instant;
import java.util.UUID;

/** A member as the API shows it. */
public record UserView(UUID id, String name, String email, String timeZone, UserRole role, boolean active,
                       Instant createdAt) {

    public static UserView of(AppUser u) {
        return new UserView(u.id, u.name, u.email, u.timeZone, u.role, u.active, u.createdAt);
    }
}
