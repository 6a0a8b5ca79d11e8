package io.handoff.outcomes.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** How analytics writes money and rates: exact decimal strings, never binary floating point. */
final class Amounts {

    private static final int RATE_SCALE = 4;

    private Amounts() {
    }

    /** At least the currency's minor digits (1234.5 EUR → "1234.50"), never rounded. */
    static String money(BigDecimal amount, String currency) {
        int digits = currencyDigits(currency);
        return (amount.scale() < digits ? amount.setScale(digits, RoundingMode.UNNECESSARY) : amount).toPlainString();
    }

    /** numerator ÷ denominator with four decimal places, or null when the denominator is 0. */
    static String rate(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), RATE_SCALE, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static int currencyDigits(String currency) {
        try {
            return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }
}
