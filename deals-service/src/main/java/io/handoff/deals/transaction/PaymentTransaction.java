package io.handoff.deals.transaction;

import io.handoff.deals.money.CurrencyAmounts;
import io.handoff.events.deals.TransactionReceived;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment a processor reported: exact amount in its own currency, payer's email, and the deal it became. */
@Entity
@Table(name = "payment_transaction")
public class PaymentTransaction extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    @Column(name = "source_id")
    public UUID sourceId;
    public String provider;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "payment_ref")
    public String paymentRef;
    @Column(precision = 19, scale = 4)
    public BigDecimal amount;
    public String currency;
    public String email;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "deal_id")
    public UUID dealId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Version
    public int version;

    /** The amount with exactly its currency's decimals (the column keeps four for every currency). */
    public BigDecimal exactAmount() {
        return CurrencyAmounts.exact(amount, CurrencyAmounts.currency(currency));
    }

    public TransactionReceived received() {
        return new TransactionReceived(id, provider, externalId, exactAmount(), currency, email, contactId, occurredAt);
    }
}
