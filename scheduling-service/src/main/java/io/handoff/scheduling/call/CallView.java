package io.handoff.scheduling.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.handoff.events.Answer;
import io.handoff.events.Invitee;
import io.handoff.events.PersonRef;
import io.handoff.events.Utm;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A call as members see it; {@code history} only when one call is read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallView(UUID id, UUID eventTypeId, String eventTypeName, String kind, PersonRef host, Instant start,
                       Instant end, CallStatus status, BookedVia bookedVia, Invitee invitee, UUID leadId,
                       UUID contactId, UUID approvalId, PersonRef setBy, List<Answer> answers, Utm utm,
                       List<String> tags, int rescheduleCount, Cancellation cancellation, String outcome,
                       Instant createdAt, List<Change> history) {

    /** Who cancelled (CONTACT or ADMIN), why and when. */
    public record Cancellation(String by, String reason, Instant at) {
    }

    /** One reschedule or cancellation in the call's history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String kind, UUID previousHostId, Instant previousStart, Instant previousEnd, UUID hostId,
                         Instant start, Instant end, String reason, UUID byUserId, Instant at) {

        static Change of(CallChange c) {
            return new Change(c.kind, c.previousHostId, c.previousStart, c.previousEnd, c.hostId, c.startAt, c.endAt,
                    c.reason, c.actorUserId, c.changedAt);
        }
    }

    public CallView withHistory(List<Change> changes) {
        return new CallView(id, eventTypeId, eventTypeName, kind, host, start, end, status, bookedVia, invitee, leadId,
                contactId, approvalId, setBy, answers, utm, tags, rescheduleCount, cancellation, outcome, createdAt,
                changes);
    }
}
