package io.handoff.contacts.journey;

import io.handoff.events.Actor;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A journey entry as the API shows it. */
public record JourneyView(UUID id, Instant occurredAt, String kind, Actor actor, String summary,
                          Map<String, Object> details) {

    public static JourneyView of(JourneyEntry e) {
        return new JourneyView(e.id, e.occurredAt, e.kind, new Actor(e.actorKind, e.actorUserId), e.summary, e.details);
    }
}
