package io.handoff.deals.deal;

import io.handoff.deals.product.Product;
import io.handoff.events.deals.DealDetails;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A sale to a contact: who closed and set it, its exact value in the workspace currency, date and product. */
@Entity
public class Deal extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "call_id")
    public UUID callId;
    @Column(name = "closer_id")
    public UUID closerId;
    @Column(name = "setter_id")
    public UUID setterId;
    @Column(precision = 19, scale = 2)
    public BigDecimal value;
    public String currency;
    @Column(name = "deal_date")
    public LocalDate dealDate;
    /** Always read with a join fetch: Hibernate Reactive loads nothing lazily behind our back. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    public Product product;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_type")
    public PaymentType paymentType;
    @Column(name = "related_deal_id")
    public UUID relatedDealId;
    public String notes;
    @Column(name = "created_by")
    public UUID createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    /** Deals are ordered by date, then by when they were entered: a related deal must come first. */
    public boolean isBefore(LocalDate date, Instant enteredAt) {
        return dealDate.isBefore(date) || dealDate.equals(date) && createdAt.isBefore(enteredAt);
    }

    public DealDetails details() {
        return new DealDetails(id, contactId, callId, closerId, setterId, value, currency, dealDate,
                product == null ? null : product.id, product == null ? null : product.name, paymentType.name(),
                relatedDealId, notes);
    }
}
