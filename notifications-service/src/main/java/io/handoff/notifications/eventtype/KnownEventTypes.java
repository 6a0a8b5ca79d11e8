package io.handoff.notifications.eventtype;

import io.handoff.events.CloudEvent;
import io.handoff.events.scheduling.EventTypeSaved;
import io.handoff.platform.json.JsonList;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Keeps the copies of scheduling's event types from event-type.saved.v1, and answers who hosts which kind. */
@ApplicationScoped
public class KnownEventTypes {

    /** Runs inside the consumer's transaction; a redelivered or older event leaves a newer copy alone. */
    public Uni<Void> onSaved(CloudEvent event, EventTypeSaved saved) {
        return KnownEventType.<KnownEventType>findById(saved.eventTypeId()).chain(found -> {
            if (found != null && found.savedAt.isAfter(event.time())) {
                return Uni.createFrom().voidItem();
            }
            KnownEventType t = found != null ? found : new KnownEventType();
            t.workspaceId = event.workspaceId();
            t.kind = saved.kind();
            t.hostIds = JsonList.of(saved.hostIds().stream().map(UUID::toString).toList());
            t.active = saved.active();
            t.savedAt = event.time();
            if (found != null) {
                return Uni.createFrom().voidItem();
            }
            t.id = saved.eventTypeId();
            return t.persist().replaceWithVoid();
        });
    }

    /** The users who host an active event type of the workspace, those of discovery types apart. */
    public Uni<Hosts> hostsOf(UUID workspaceId) {
        return KnownEventType.<KnownEventType>list("workspaceId = ?1 and active = true", workspaceId)
                .map(types -> new Hosts(ids(types.stream().filter(t -> KnownEventType.DISCOVERY.equals(t.kind)).toList()),
                        ids(types)));
    }

    private static Set<UUID> ids(List<KnownEventType> types) {
        return types.stream().flatMap(t -> t.hostIds.items().stream()).map(UUID::fromString).collect(Collectors.toSet());
    }

    /** Hosts of discovery event types (setters), and hosts of any event type. */
    public record Hosts(Set<UUID> discovery, Set<UUID> any) {
    }
}
