package io.handoff.deals.transaction;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** "Add from transactions": the unassigned transaction whose amount becomes the deal's value. */
public record AttachTransaction(@NotNull UUID transactionId) {
}
