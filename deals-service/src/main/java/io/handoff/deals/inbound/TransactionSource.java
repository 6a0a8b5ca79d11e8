package io.handoff.deals.inbound;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A sender of a workspace's payment notifications, with the secret its notifications are signed with. */
@Entity
@Table(name = "transaction_source")
public class TransactionSource extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String provider;
    public String name;
    public String secret;
    @Column(name = "created_by")
    public UUID createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Where this source posts: the workspace is known from the source, not from a token. */
    public String inboundUrl() {
        return "/api/v1/transactions/inbound/" + provider + "?source=" + id;
    }
}
