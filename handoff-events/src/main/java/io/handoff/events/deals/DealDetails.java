package io.handoff.events.deals;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Data of deal.created.v1 and deal.updated.v1: the whole deal; value is an exact decimal string. */
public record DealDetails(UUID dealId, UUID contactId, UUID callId, UUID closerId, UUID setterId,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value, String currency,
                          LocalDate date, UUID productId, String productName, String paymentType,
                          UUID relatedDealId, String notes) {
}
