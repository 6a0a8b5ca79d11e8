package io.handoff.contacts.user;

import io.handoff.platform.validation.TimeZoneId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member to add to the caller's workspace; role defaults to USER, time zone to the workspace's. */
public record NewUser(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @TimeZoneId String timeZone,
        UserRole role) {
}
