package io.handoff.deals.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.handoff.deals.money.CurrencyAmounts;
import io.handoff.deals.transaction.PaymentNotice;
import io.handoff.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;

/** Reads a signed generic payment post strictly, like any request body: every mistake is a 400 naming its field. */
@ApplicationScoped
public class GenericNotices {

    @Inject
    ObjectMapper json;
    @Inject
    Validator validator;

    public PaymentNotice read(byte[] body) {
        GenericPayment payment = parse(body);
        Set<ConstraintViolation<GenericPayment>> violations = validator.validate(payment);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Currency currency = CurrencyAmounts.currency(payment.currency());
        if (currency == null) {
            throw Problems.invalid("currency", "is not an ISO 4217 currency code");
        }
        BigDecimal amount = CurrencyAmounts.exact(new BigDecimal(payment.amount()), currency);
        if (amount == null) {
            throw Problems.invalid("amount", "has more decimals than " + currency.getCurrencyCode() + " has ("
                    + currency.getDefaultFractionDigits() + ")");
        }
        if (amount.signum() <= 0) {
            throw Problems.invalid("amount", "must be greater than 0");
        }
        String email = payment.email() == null || payment.email().isBlank() ? null : payment.email().strip();
        return new PaymentNotice(payment.id().strip(), null, amount, currency.getCurrencyCode(), email,
                payment.occurredAt());
    }

    private GenericPayment parse(byte[] body) {
        try {
            GenericPayment payment = json.readValue(body, GenericPayment.class);
            if (payment == null) {
                throw Problems.badRequest("The body must be a JSON object.");
            }
            return payment;
        } catch (IOException e) {
            // The problem mappers turn a WebApplicationException caused by unreadable JSON into a 400 naming the field.
            throw new WebApplicationException(e, Response.Status.BAD_REQUEST);
        }
    }
}
