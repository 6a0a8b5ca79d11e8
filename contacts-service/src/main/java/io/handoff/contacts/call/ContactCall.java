package io.handoff.contacts.call;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A contact's call as scheduling-service reported it (a projection: scheduling owns calls). */
@Entity
@Table(name = "contact_call")
public class ContactCall extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "event_type_id")
    public UUID eventTypeId;
    @Column(name = "event_type_name")
    public String eventTypeName;
    public String kind;
    @Column(name = "host_id")
    public UUID hostId;
    @Column(name = "host_name")
    public String hostName;
    @Column(name = "set_by_id")
    public UUID setById;
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "end_at")
    public Instant endAt;
    public String status;
    @Column(name = "outcome_result")
    public String outcomeResult;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
