package io.handoff.contacts.user;

import io.handoff.platform.validation.TimeZoneId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** A partial update of a member: name, email, time zone, role, or deactivation (active=false). */
public record UserChanges(
        @Size(min = 1, max = 120) String name,
        @Email @Size(min = 3, max = 254) String email,
        @TimeZoneId String timeZone,
        UserRole role,
        Boolean active) {
}
