package io.handoff.scheduling.call;

import io.quarkus.panache.common.Parameters;

import java.time.Instant;
import java.util.UUID;

/**
 * The filters of the calls list turned into query conditions with bound parameters. Upcoming calls have
 * not ended yet (soonest first) and are not cancelled unless the cancelled tag asks for them; past calls
 * have ended (latest first).
 */
public record CallFilter(boolean upcoming, UUID hostId, UUID eventTypeId, UUID setById, Instant from, Instant to,
                         CallTag tag) {

    private static final String HAS_OUTCOME = "exists (select 1 from CallOutcome o where o.callId = c.id)";

    void appendTo(StringBuilder query, Parameters params) {
        query.append(upcoming ? " and c.endAt > :now" : " and c.endAt <= :now");
        if (upcoming && tag != CallTag.CANCELLED) {
            query.append(" and c.status <> 'CANCELLED'");
        }
        if (hostId != null) {
            query.append(" and c.hostId = :host");
            params.and("host", hostId);
        }
        if (eventTypeId != null) {
            query.append(" and c.eventTypeId = :eventType");
            params.and("eventType", eventTypeId);
        }
        if (setById != null) {
            query.append(" and c.setById = :setBy");
            params.and("setBy", setById);
        }
        if (from != null) {
            query.append(" and c.startAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and c.startAt < :to");
            params.and("to", to);
        }
        if (tag != null) {
            query.append(switch (tag) {
                case RESCHEDULED -> " and c.rescheduleCount > 0";
                case CANCELLED -> " and c.status = 'CANCELLED'";
                case OUTCOME_ADDED -> " and " + HAS_OUTCOME;
                case OUTCOME_MISSING -> " and c.status = 'BOOKED' and c.endAt <= :now and not " + HAS_OUTCOME;
            });
        }
    }
}
