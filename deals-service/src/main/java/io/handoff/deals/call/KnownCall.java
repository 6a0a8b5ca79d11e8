package io.handoff.deals.call;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of a booked call: its host is the deal's closer, who set it is the deal's setter. */
@Entity
@Table(name = "known_call")
public class KnownCall extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "host_id")
    public UUID hostId;
    @Column(name = "set_by_id")
    public UUID setById;
    public String kind;
    @Column(name = "start_at")
    public Instant start;
    @Column(name = "end_at")
    public Instant end;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
