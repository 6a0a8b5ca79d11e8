package io.handoff.contacts.contact;

import io.handoff.platform.validation.TimeZoneId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A contact entered by a user in Global Data. */
public record NewContact(
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 200) String name,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +14155550123") String phone,
        @TimeZoneId String timeZone,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags) {
}
