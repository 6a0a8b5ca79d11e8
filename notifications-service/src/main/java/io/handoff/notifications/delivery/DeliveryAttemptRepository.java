package io.handoff.notifications.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The attempt log of deliveries, oldest attempt first. */
@ApplicationScoped
public class DeliveryAttemptRepository implements PanacheRepositoryBase<DeliveryAttempt, UUID> {

    public Uni<List<DeliveryAttempt>> listFor(UUID workspaceId, List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("workspaceId = ?1 and deliveryId in ?2 order by attemptedAt, id", workspaceId, deliveryIds);
    }
}
