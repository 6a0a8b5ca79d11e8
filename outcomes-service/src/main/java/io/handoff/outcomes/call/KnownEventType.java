package io.handoff.outcomes.call;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** An event type's name as the latest call.booked.v1 of it named it: the label of its analytics group. */
@Entity
@Table(name = "known_event_type")
public class KnownEventType extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String name;

    public static Uni<List<KnownEventType>> findAll(UUID workspaceId, Collection<UUID> ids) {
        return list("workspaceId = ?1 and id in ?2", workspaceId, ids);
    }
}
