package io.handoff.deals.product;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Something the workspace sells, with the price a deal starts from; deleting it archives it. */
@Entity
public class Product extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String name;
    @Column(name = "default_price", precision = 19, scale = 2)
    public BigDecimal defaultPrice;
    @Column(name = "archived_at")
    public Instant archivedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
