package io.handoff.contacts.deal;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A deal on the contact card; the value is an exact decimal string. */
public record DealView(UUID id, UUID callId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
                       String currency, String paymentType, String productName, LocalDate date) {

    public static DealView of(ContactDeal d) {
        return new DealView(d.id, d.callId, d.value, d.currency, d.paymentType, d.productName, d.dealDate);
    }
}
