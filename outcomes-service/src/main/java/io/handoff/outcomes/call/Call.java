package io.handoff.outcomes.call;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of a booked call (from call.booked.v1, call.rescheduled.v1, call.cancelled.v1). */
@Entity
@Table(name = "call")
public class Call extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "event_type_id")
    public UUID eventTypeId;
    @Enumerated(EnumType.STRING)
    public CallKind kind;
    @Column(name = "host_id")
    public UUID hostId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "set_by_id")
    public UUID setById;
    @Column(name = "start_at")
    public Instant start;
    @Column(name = "end_at")
    public Instant end;
    @Enumerated(EnumType.STRING)
    public CallStatus status;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "utm_source")
    public String utmSource;
    @Column(name = "lead_id")
    public UUID leadId;
    public boolean rescheduled;

    /** Whether the call is over at the given instant (only then can it have an outcome). */
    public boolean endedBefore(Instant now) {
        return end.isBefore(now);
    }
}
