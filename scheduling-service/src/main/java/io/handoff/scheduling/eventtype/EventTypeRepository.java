package io.handoff.scheduling.eventtype;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Event types of a workspace and their hosts; every query names the workspace. */
@ApplicationScoped
public class EventTypeRepository implements PanacheRepositoryBase<EventType, UUID> {

    public Uni<EventType> findInWorkspace(UUID workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResult();
    }

    public Uni<List<EventType>> listInWorkspace(UUID workspaceId) {
        return list("workspaceId = ?1 order by createdAt, id", workspaceId);
    }

    public Uni<List<EventTypeHost>> hostsOf(UUID eventTypeId) {
        return EventTypeHost.list("eventTypeId = ?1 order by userId", eventTypeId);
    }

    /** The hosts of several event types in one query (a reactive session runs one statement at a time). */
    public Uni<List<EventTypeHost>> hostsOf(List<UUID> eventTypeIds) {
        return EventTypeHost.list("eventTypeId in ?1 order by userId", eventTypeIds);
    }
}
