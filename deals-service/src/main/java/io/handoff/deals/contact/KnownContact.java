package io.handoff.deals.contact;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of a contact: its email, to match payments, and the primary it was merged into, if any. */
@Entity
@Table(name = "known_contact")
public class KnownContact extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String email;
    @Column(name = "merged_into_id")
    public UUID mergedIntoId;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The contact whose records this one's now are: itself, or the primary it was merged into. */
    public UUID currentId() {
        return mergedIntoId != null ? mergedIntoId : id;
    }
}
