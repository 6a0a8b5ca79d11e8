package io.handoff.notifications.contact;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The handoff notes a setter wrote when approving a contact (booking.requested.v1), keyed by the approval. */
@Entity
@Table(name = "handoff_note")
public class HandoffNote extends PanacheEntityBase {
    @Id
    @Column(name = "approval_id")
    public UUID approvalId;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "requested_by")
    public UUID requestedBy;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> notes;
    @Column(name = "requested_at")
    public Instant requestedAt;
}
