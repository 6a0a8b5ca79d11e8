package io.handoff.scheduling;

import io.handoff.events.Actor;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventType;
import io.handoff.events.Topics;
import io.handoff.events.outcomes.OutcomeRecorded;
import io.handoff.testing.TopicProbe;

import java.time.Instant;
import java.util.UUID;

/** Publishes outcome.recorded.v1 the way outcomes-service does. */
final class Outcomes {

    private Outcomes() {
    }

    static void record(TopicProbe probe, TestTenant tenant, String callId, String callKind, String result, int revision) {
        OutcomeRecorded outcome = new OutcomeRecorded(UUID.randomUUID(), UUID.fromString(callId), null, callKind,
                revision, result, "SALE".equals(result) ? "NO_OBJECTION" : null, null, null, null, null, null,
                Actor.user(tenant.adminId()), Instant.now());
        probe.publish(Topics.OUTCOMES, CloudEvent.of(EventType.OUTCOME_RECORDED, "/test", tenant.id(), callId, outcome,
                Instant.now()));
    }
}
