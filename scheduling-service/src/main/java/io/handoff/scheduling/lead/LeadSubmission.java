package io.handoff.scheduling.lead;

import io.handoff.platform.validation.TimeZoneId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * A booking form as the invitee sends it. {@code complete} is false while they are still typing (the
 * lead is POTENTIAL) and true once they press Continue. Answers map each question's label to a text or,
 * for MULTI questions, a list of texts. An absent {@code complete} is a partial form (the OpenAPI marks it
 * optional); a primitive would make it required, as the platform refuses missing primitives.
 */
public record LeadSubmission(
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 200) String name,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +14155550123") String phone,
        @TimeZoneId String timeZone,
        @Size(max = 30) Map<@Size(max = 300) String, Object> answers,
        @Valid UtmParams utm,
        Boolean complete) {

    public LeadSubmission {
        complete = Boolean.TRUE.equals(complete);
    }
}
