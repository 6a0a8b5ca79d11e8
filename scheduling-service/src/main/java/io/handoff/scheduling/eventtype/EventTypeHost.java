package io.handoff.scheduling.eventtype;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** A host of an event type with their round-robin weight. */
@Entity
@Table(name = "event_type_host")
@IdClass(EventTypeHost.Key.class)
public class EventTypeHost extends PanacheEntityBase {

    /** Composite key: one row per host and event type. */
    public record Key(UUID eventTypeId, UUID userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "event_type_id")
    public UUID eventTypeId;
    @Id
    @Column(name = "user_id")
    public UUID userId;
    public int weight;
}
