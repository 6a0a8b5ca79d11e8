package io.handoff.deals.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Exact money amounts: parsed from and written as decimal strings with two decimals, never through double. */
public final class Money {

    public static final int SCALE = 2;
    /** NUMERIC(19,2) leaves 17 digits before the point. */
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9]{1,17}(\\.[0-9]{1,2})?");

    private Money() {
    }

    public static boolean isWellFormed(String value) {
        return value != null && WELL_FORMED.matcher(value).matches();
    }

    /** Only for strings that passed {@link Amount}; widening the scale to 2 never rounds. */
    public static BigDecimal parse(String value) {
        return new BigDecimal(value).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString();
    }
}
