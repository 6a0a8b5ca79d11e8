package io.handoff.outcomes.analytics;

import io.handoff.platform.problem.Problems;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How analytics figures can be grouped; each item of {@code analytics_items} names its group in one column per way. */
public enum Dimension {
    CLOSER("closer", "closer_key", "no closer"),
    SETTER("setter", "setter_key", "no setter"),
    EVENT_TYPE("eventType", "event_type_key", "no event type"),
    UTM_SOURCE("utmSource", "utm_key", "no UTM source");

    private final String key;
    private final String itemColumn;
    private final String noneLabel;

    Dimension(String key, String itemColumn, String noneLabel) {
        this.key = key;
        this.itemColumn = itemColumn;
        this.noneLabel = noneLabel;
    }

    /**
     * The label of the group of items that have none under this grouping (leads and discovery calls have no
     * closer, public bookings no setter): its key is null, so the label says what it holds.
     */
    public String noneLabel() {
        return noneLabel;
    }

    /** The name used in the API ({@code groupBy}) and in the rollup's dimension column. */
    public String key() {
        return key;
    }

    String itemColumn() {
        return itemColumn;
    }

    /** The grouping asked for, or null when none was; anything else is a 400. */
    public static Dimension parse(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(d -> d.key.equals(groupBy.strip())).findFirst()
                .orElseThrow(() -> Problems.invalid("groupBy", "must be one of "
                        + Arrays.stream(values()).map(Dimension::key).collect(Collectors.joining(", "))));
    }
}
