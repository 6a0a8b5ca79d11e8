package io.handoff.scheduling.outcome;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The current outcome of a call, as outcomes-service last announced it. */
@Entity
@Table(name = "call_outcome")
public class CallOutcome extends PanacheEntityBase {
    @Id
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "call_kind")
    public String callKind;
    public String result;
    public int revision;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
