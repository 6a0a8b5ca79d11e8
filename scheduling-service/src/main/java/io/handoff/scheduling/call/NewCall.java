package io.handoff.scheduling.call;

import io.handoff.platform.validation.CalendarInstant;
import io.handoff.scheduling.lead.UtmParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A call a user books for someone: hostId is optional for round robin and required for SPECIFIC event
 * types with several hosts; answers map question labels to answers as on the booking form.
 */
public record NewCall(
        @NotNull UUID eventTypeId,
        UUID hostId,
        @NotNull @CalendarInstant Instant start,
        @NotNull @Valid InviteeDetails invitee,
        UUID contactId,
        @Size(max = 30) Map<@Size(max = 300) String, Object> answers,
        @Valid UtmParams utm) {
}
