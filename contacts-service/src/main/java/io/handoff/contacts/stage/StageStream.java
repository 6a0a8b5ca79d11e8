package io.handoff.contacts.stage;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventJson;
import io.handoff.events.EventType;
import io.handoff.events.StageRef;
import io.handoff.events.contacts.ContactStageChanged;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.UUID;

/**
 * Feeds the live stage views. It reads contact.stage-changed.v1 back from Kafka (a consumer group of its
 * own per instance), so a view sees only committed changes, and every replica sees every change.
 */
@ApplicationScoped
public class StageStream {

    /** A stage change as the SSE stream sends it. */
    public record StageChangeView(UUID contactId, StageRef from, StageRef to, Instant at) {
    }

    private record Scoped(UUID workspaceId, StageChangeView change) {
    }

    private final BroadcastProcessor<Scoped> changes = BroadcastProcessor.create();

    @Incoming("stage-stream")
    public void onEvent(String payload) {
        CloudEvent event = EventJson.read(payload);
        if (EventType.CONTACT_STAGE_CHANGED.type().equals(event.type())) {
            ContactStageChanged data = event.dataAs(ContactStageChanged.class);
            changes.onNext(new Scoped(event.workspaceId(), new StageChangeView(data.contactId(), data.from(), data.to(),
                    event.time())));
        }
    }

    public Multi<StageChangeView> changes(UUID workspaceId) {
        return changes.filter(s -> s.workspaceId().equals(workspaceId)).map(Scoped::change);
    }
}
