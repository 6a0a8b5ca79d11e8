package io.handoff.contacts.eventtype;

import io.handoff.events.CloudEvent;
import io.handoff.events.scheduling.EventTypeSaved;
import io.handoff.platform.json.JsonList;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Keeps the copies of scheduling's event types up to date from event-type.saved.v1, and reads them. */
@ApplicationScoped
public class KnownEventTypes {

    public Uni<KnownEventType> findInWorkspace(UUID workspaceId, UUID id) {
        return KnownEventType.<KnownEventType>find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    /** Runs inside the consumer's transaction; a redelivered or older event leaves a newer copy alone. */
    public Uni<Void> onSaved(CloudEvent event, EventTypeSaved saved) {
        return KnownEventType.<KnownEventType>findById(saved.eventTypeId()).chain(found -> {
            if (found != null && found.savedAt.isAfter(event.time())) {
                return Uni.createFrom().voidItem();
            }
            KnownEventType t = found != null ? found : new KnownEventType();
            t.workspaceId = event.workspaceId();
            t.name = saved.name();
            t.kind = saved.kind();
            t.assignment = saved.assignment();
            t.hostIds = JsonList.of(saved.hostIds().stream().map(UUID::toString).toList());
            t.bookingWindowDays = saved.bookingWindowDays();
            t.active = saved.active();
            t.savedAt = event.time();
            if (found != null) {
                return Uni.createFrom().voidItem();
            }
            t.id = saved.eventTypeId();
            return t.persist().replaceWithVoid();
        });
    }
}
