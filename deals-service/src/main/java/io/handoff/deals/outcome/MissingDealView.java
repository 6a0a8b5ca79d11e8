package io.handoff.deals.outcome;

import java.time.Instant;
import java.util.UUID;

/** A call whose current outcome is a SALE but on which no deal was added yet. */
public record MissingDealView(UUID callId, UUID contactId, UUID closerId, UUID setterId, Instant outcomeAt) {

    public static MissingDealView of(CallOutcome o) {
        return new MissingDealView(o.callId, o.contactId, o.closerId, o.setterId, o.recordedAt);
    }
}
