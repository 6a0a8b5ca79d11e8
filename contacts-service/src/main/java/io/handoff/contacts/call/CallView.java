package io.handoff.contacts.call;

import java.time.Instant;
import java.util.UUID;

/** A call on the contact card. */
public record CallView(UUID id, UUID eventTypeId, String eventTypeName, String kind, UUID hostId, String hostName,
                       UUID setById, Instant start, Instant end, String status, String outcome) {

    public static CallView of(ContactCall c) {
        return new CallView(c.id, c.eventTypeId, c.eventTypeName, c.kind, c.hostId, c.hostName, c.setById, c.startAt,
                c.endAt, c.status, c.outcomeResult);
    }
}
