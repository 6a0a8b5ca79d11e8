package io.handoff.contacts.owner;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Where a workspace's bulk round robin stopped: the user who got the last contact of the last rotation. */
@Entity
@Table(name = "setter_rotation")
public class SetterRotation extends PanacheEntityBase {
    @Id
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "last_user_id")
    public UUID lastUserId;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
