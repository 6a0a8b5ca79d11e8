package io.handoff.scheduling.call;

import io.handoff.events.Actor;
import io.handoff.events.PersonRef;
import io.handoff.events.scheduling.CallBooked;
import io.handoff.events.scheduling.CallCancelled;
import io.handoff.events.scheduling.CallRescheduled;

import java.time.Instant;
import java.util.UUID;

/** The data of the events a call's life produces. */
final class CallEvents {

    private CallEvents() {
    }

    static CallBooked booked(Call c, String eventTypeName, PersonRef host) {
        return new CallBooked(c.id, c.eventTypeId, eventTypeName, c.kind.name(), host, c.leadId, c.contactId,
                c.approvalId, c.invitee(), c.startAt, c.endAt, c.setBy(), c.bookedVia.name(), c.answers.items(),
                c.utm());
    }

    static CallRescheduled rescheduled(Call c, UUID previousHostId, Instant previousStart, Instant previousEnd,
                                       Actor actor, String reason) {
        return new CallRescheduled(c.id, c.contactId, c.hostId, c.startAt, c.endAt, previousHostId, previousStart,
                previousEnd, actor, reason);
    }

    static CallCancelled cancelled(Call c, Actor actor) {
        return new CallCancelled(c.id, c.contactId, c.cancelledBy, actor, c.cancelReason);
    }
}
