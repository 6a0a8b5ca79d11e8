package io.handoff.contacts.smartview;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A saved, named contact filter: private to its owner or shared with the workspace. */
@Entity
@Table(name = "smart_view")
public class SmartView extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "owner_id")
    public UUID ownerId;
    public String name;
    public boolean shared;
    @JdbcTypeCode(SqlTypes.JSON)
    public SavedQuery filter;

    /** The list query a smart view stands for, in the JSONB column as {"query": "..."}. */
    public record SavedQuery(String query) {
    }
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
