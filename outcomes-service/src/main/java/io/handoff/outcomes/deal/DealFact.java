package io.handoff.outcomes.deal;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deal as deals-service last described it; a deleted deal stays as a tombstone, so that a late copy of an
 * older event cannot bring it back. Its call may not be known here yet.
 */
@Entity
@Table(name = "deal_fact")
public class DealFact extends PanacheEntityBase {
    @Id
    @Column(name = "deal_id")
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "closer_id")
    public UUID closerId;
    @Column(name = "setter_id")
    public UUID setterId;
    public BigDecimal value;
    @Column(name = "payment_type")
    public String paymentType;
    @Column(name = "deal_date")
    public LocalDate date;
    public boolean deleted;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
