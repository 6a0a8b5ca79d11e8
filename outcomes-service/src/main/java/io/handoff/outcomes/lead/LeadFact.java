package io.handoff.outcomes.lead;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A lead captured on a public booking form, counted on its first capture, with its latest status. */
@Entity
@Table(name = "lead_fact")
public class LeadFact extends PanacheEntityBase {
    @Id
    @Column(name = "lead_id")
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    /** Lower-case: links the lead to its contact. */
    public String email;
    @Column(name = "event_type_id")
    public UUID eventTypeId;
    @Column(name = "utm_source")
    public String utmSource;
    public String status;
    @Column(name = "status_at")
    public Instant statusAt;
    @Column(name = "captured_at")
    public Instant capturedAt;
}
