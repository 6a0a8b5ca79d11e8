package io.handoff.platform.retention;

import java.time.Duration;

/**
 * Rows of one bookkeeping table that may go once they are older than {@code keep}: {@code ageColumn} holds the
 * instant they count from, {@code condition} (SQL, may be "true") narrows them to rows that are finished. A service
 * adds its own rules as beans; {@link Retention} purges them all.
 */
public record RetentionRule(String table, String ageColumn, String condition, Duration keep) {

    public RetentionRule {
        if (!table.matches("[a-z_]+") || !ageColumn.matches("[a-z_]+")) {
            throw new IllegalArgumentException("a table and column are plain SQL names: " + table + "." + ageColumn);
        }
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("a retention keeps rows for some time: " + keep);
        }
    }

    /** One small batch: rows are found through the age index and deleted by their physical address. */
    String purgeBatch() {
        return "delete from " + table + " where ctid = any(array(select ctid from " + table + " where " + ageColumn
                + " < $1 and (" + condition + ") limit $2))";
    }
}
