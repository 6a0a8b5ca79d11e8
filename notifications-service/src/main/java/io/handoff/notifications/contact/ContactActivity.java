package io.handoff.notifications.contact;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of a contact's recent history (captured, qualified, claimed, approved…) for the handoff brief. */
@Entity
@Table(name = "contact_activity")
public class ContactActivity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String summary;
}
