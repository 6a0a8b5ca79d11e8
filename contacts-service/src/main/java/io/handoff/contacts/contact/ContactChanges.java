package io.handoff.contacts.contact;

import io.handoff.platform.validation.TimeZoneId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A partial edit of a contact; absent fields stay as they are, tags replace the current ones. */
public record ContactChanges(
        @Email @Size(min = 3, max = 254) String email,
        @Size(max = 200) String name,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +14155550123") String phone,
        @Email @Size(max = 254) String secondaryEmail,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +14155550123") String secondaryPhone,
        @TimeZoneId String timeZone,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags) {
}
