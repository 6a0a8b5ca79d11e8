package io.handoff.notifications.contact;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead that qualified before this service heard of its contact (lead.captured.v1 and contact.created.v1
 * travel on different topics): the alert waits here, one per workspace and email, until the contact is announced.
 */
@Entity
@Table(name = "pending_qualification")
public class PendingQualification extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    /** Lower case. */
    public String email;
    @Column(name = "qualified_at")
    public Instant qualifiedAt;
}
