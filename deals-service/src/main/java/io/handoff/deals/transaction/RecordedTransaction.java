package io.handoff.deals.transaction;

/** A stored transaction and whether this notification stored it (false: a redelivery of one stored before). */
public record RecordedTransaction(TransactionView transaction, boolean isNew) {
}
