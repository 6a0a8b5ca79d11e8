package io.handoff.outcomes.outcome;

import io.handoff.outcomes.call.CallKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The current outcome of one call; its revision counts the corrections made to it. */
@Entity
public class Outcome extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "call_id")
    public UUID callId;
    @Enumerated(EnumType.STRING)
    @Column(name = "call_kind")
    public CallKind callKind;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "host_id")
    public UUID hostId;
    @Column(name = "set_by_id")
    public UUID setById;
    public int revision;
    @Enumerated(EnumType.STRING)
    public OutcomeResult result;
    @Enumerated(EnumType.STRING)
    public Objection objection;
    @Enumerated(EnumType.STRING)
    public OutcomeReason reason;
    public String notes;
    @Column(name = "recorded_by")
    public UUID recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public int version;

    /** Whether recording this would change nothing (a retried PUT). */
    public boolean sameAs(NewOutcome other) {
        return result == other.result() && objection == other.objection() && reason == other.reason()
                && Objects.equals(notes, other.cleanNotes());
    }
}
