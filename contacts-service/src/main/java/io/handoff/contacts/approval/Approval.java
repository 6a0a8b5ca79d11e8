package io.handoff.contacts.approval;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A setter's approval of a contact: the strategy call it asks for and how scheduling answered. */
@Entity
public class Approval extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "requested_by")
    public UUID requestedBy;
    @Column(name = "event_type_id")
    public UUID eventTypeId;
    @Column(name = "host_id")
    public UUID hostId;
    @Column(name = "start_at")
    public Instant startAt;
    @Enumerated(EnumType.STRING)
    public ApprovalStatus status;
    public String reason;
    public String detail;
    @Column(name = "previous_stage_id")
    public UUID previousStageId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "handoff_notes")
    public Map<String, String> handoffNotes;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
