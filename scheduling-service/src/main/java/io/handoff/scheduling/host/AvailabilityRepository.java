package io.handoff.scheduling.host;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Hosts' availability; every query names the workspace. */
@ApplicationScoped
public class AvailabilityRepository implements PanacheRepositoryBase<HostAvailability, UUID> {

    public Uni<HostAvailability> findOfHost(UUID workspaceId, UUID userId) {
        return find("workspaceId = ?1 and userId = ?2", workspaceId, userId).firstResult();
    }

    public Uni<List<HostAvailability>> findOfHosts(UUID workspaceId, Collection<UUID> userIds) {
        return userIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("workspaceId = ?1 and userId in ?2", workspaceId, userIds);
    }
}
