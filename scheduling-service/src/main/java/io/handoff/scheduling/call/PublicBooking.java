package io.handoff.scheduling.call;

import io.handoff.platform.validation.CalendarInstant;
import io.handoff.platform.validation.TimeZoneId;
import io.handoff.scheduling.lead.UtmParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A booking from the public page: the slot picked ({@code start}, an instant) by the person who filled the
 * form. Answers, when sent, are evaluated as a complete form; hostId only matters for SPECIFIC event types.
 */
public record PublicBooking(
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 200) String name,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +14155550123") String phone,
        @TimeZoneId String timeZone,
        @NotNull @CalendarInstant Instant start,
        UUID hostId,
        @Size(max = 30) Map<@Size(max = 300) String, Object> answers,
        @Valid UtmParams utm) {
}
