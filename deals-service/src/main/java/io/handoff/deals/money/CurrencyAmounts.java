package io.handoff.deals.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * Exact amounts in a currency's own decimals (ISO 4217: JPY 0, EUR 2, KWD 3): minor units become decimals by
 * moving the point, never through double, and an amount with more decimals than its currency has is refused.
 */
public final class CurrencyAmounts {

    private CurrencyAmounts() {
    }

    /** The ISO 4217 currency of a code in any case, or null when the code names none (or a unit without decimals). */
    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Za-z]{3}")) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 123456 minor units of JPY are 123456; of EUR, 1234.56; of KWD, 123.456. */
    public static BigDecimal fromMinorUnits(long minorUnits, Currency currency) {
        return BigDecimal.valueOf(minorUnits).movePointLeft(currency.getDefaultFractionDigits())
                .setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    /** The amount at the currency's scale, or null when that would lose a digit ("10.999" USD, "5.5" JPY). */
    public static BigDecimal exact(BigDecimal amount, Currency currency) {
        try {
            return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** As a decimal string with exactly the currency's decimals ("1000" JPY, "12.50" EUR). */
    public static String format(BigDecimal amount, String currencyCode) {
        return exact(amount, currency(currencyCode)).toPlainString();
    }
}
