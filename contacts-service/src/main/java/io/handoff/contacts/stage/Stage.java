package io.handoff.contacts.stage;

import io.handoff.events.StageRef;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A contact stage of one workspace's pipeline. */
@Entity
public class Stage extends PanacheEntityBase {
    public static final String APPROVED_KEY = "APPROVED";

    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String name;
    @Enumerated(EnumType.STRING)
    public StageCategory category;
    public int position;
    public String icon;
    public String color;
    @Enumerated(EnumType.STRING)
    public StageAction action;
    @Column(name = "is_default")
    public boolean isDefault;
    @Column(name = "system_key")
    public String systemKey;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public boolean isApproved() {
        return APPROVED_KEY.equals(systemKey);
    }

    public StageRef ref() {
        return new StageRef(id, name, category.name());
    }
}
