package io.handoff.scheduling.call;

import java.time.Instant;
import java.util.UUID;

/** What the invitee learns of the call they booked: when, with whom (by name), in their time zone. */
public record PublicCallView(UUID id, UUID eventTypeId, String eventTypeName, String hostName, Instant start,
                             Instant end, String timeZone) {

    static PublicCallView of(CallView call) {
        return new PublicCallView(call.id(), call.eventTypeId(), call.eventTypeName(), call.host().name(), call.start(),
                call.end(), call.invitee().timeZone());
    }
}
