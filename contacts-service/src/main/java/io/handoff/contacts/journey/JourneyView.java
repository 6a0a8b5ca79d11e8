package io.handoff.contacts.journey;

import io.handoff.events.Actor;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A journey entry as the API shows it; mergedFrom names the duplicate it came from, if a merge moved it. */
public record JourneyView(UUID id, Instant occurredAt, String kind, Actor actor, String summary,
                          Map<String, Object> details, MergedFrom mergedFrom) {

    /** The merged duplicate a journey entry happened on. */
    public record MergedFrom(UUID contactId, String email) {
    }

    public static JourneyView of(JourneyEntry e) {
        return new JourneyView(e.id, e.occurredAt, e.kind, new Actor(e.actorKind, e.actorUserId), e.summary, e.details,
                e.mergedFromContactId == null ? null : new MergedFrom(e.mergedFromContactId, e.mergedFromEmail));
    }
}
