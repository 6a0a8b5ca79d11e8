package io.handoff.scheduling.call;

import io.handoff.events.Invitee;
import io.handoff.platform.validation.TimeZoneId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The person a user books a call for. */
public record InviteeDetails(
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 200) String name,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +14155550123") String phone,
        @TimeZoneId String timeZone) {

    public Invitee toInvitee() {
        return new Invitee(email.strip(), name == null ? null : name.strip(), phone, timeZone);
    }
}
