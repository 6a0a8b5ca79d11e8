package io.handoff.outcomes.outcome;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One recorded version of a call's outcome, kept when a manager corrects it. */
@Entity
@Table(name = "outcome_revision")
public class OutcomeRevision extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "outcome_id")
    public UUID outcomeId;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "call_id")
    public UUID callId;
    public int revision;
    @Enumerated(EnumType.STRING)
    public OutcomeResult result;
    @Enumerated(EnumType.STRING)
    public Objection objection;
    @Enumerated(EnumType.STRING)
    public OutcomeReason reason;
    public String notes;
    @Column(name = "host_id")
    public UUID hostId;
    @Column(name = "set_by_id")
    public UUID setById;
    @Column(name = "recorded_by")
    public UUID recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** A snapshot of the outcome as it is now. */
    public static OutcomeRevision of(Outcome o) {
        OutcomeRevision r = new OutcomeRevision();
        r.id = UUID.randomUUID();
        r.outcomeId = o.id;
        r.workspaceId = o.workspaceId;
        r.callId = o.callId;
        r.revision = o.revision;
        r.result = o.result;
        r.objection = o.objection;
        r.reason = o.reason;
        r.notes = o.notes;
        r.hostId = o.hostId;
        r.setById = o.setById;
        r.recordedBy = o.recordedBy;
        r.recordedAt = o.recordedAt;
        return r;
    }
}
