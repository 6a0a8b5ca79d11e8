package io.handoff.contacts.deal;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A contact's deal as deals-service reported it (a projection: deals-service owns deals). */
@Entity
@Table(name = "contact_deal")
public class ContactDeal extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "call_id")
    public UUID callId;
    public BigDecimal value;
    public String currency;
    @Column(name = "payment_type")
    public String paymentType;
    @Column(name = "product_name")
    public String productName;
    @Column(name = "deal_date")
    public LocalDate dealDate;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
