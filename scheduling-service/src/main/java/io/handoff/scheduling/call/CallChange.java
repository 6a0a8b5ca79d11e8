package io.handoff.scheduling.call;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One entry of a call's history: a reschedule (old and new time and host) or its cancellation. */
@Entity
@Table(name = "call_change")
public class CallChange extends PanacheEntityBase {

    public static final String RESCHEDULED = "RESCHEDULED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    public UUID id;
    /** Assigned by the database: the order of a call's changes. */
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String kind;
    @Column(name = "previous_host_id")
    public UUID previousHostId;
    @Column(name = "previous_start")
    public Instant previousStart;
    @Column(name = "previous_end")
    public Instant previousEnd;
    @Column(name = "host_id")
    public UUID hostId;
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "end_at")
    public Instant endAt;
    public String reason;
    @Column(name = "actor_kind")
    public String actorKind;
    @Column(name = "actor_user_id")
    public UUID actorUserId;
    @Column(name = "changed_at")
    public Instant changedAt;
}
