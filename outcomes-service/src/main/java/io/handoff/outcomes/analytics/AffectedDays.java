package io.handoff.outcomes.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The times and dates a change to analytics facts touched (a call's old and new start, a deal's old and new
 * date…), turned into the workspace's local days whose rollup must be refreshed.
 */
public final class AffectedDays {

    private final List<Instant> instants = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();

    public static AffectedDays none() {
        return new AffectedDays();
    }

    public static AffectedDays of(Instant... instants) {
        AffectedDays affected = new AffectedDays();
        for (Instant instant : instants) {
            affected.at(instant);
        }
        return affected;
    }

    /** Adds the local day of an instant; null (an unknown time) adds nothing. */
    public AffectedDays at(Instant instant) {
        if (instant != null) {
            instants.add(instant);
        }
        return this;
    }

    public AffectedDays on(LocalDate date) {
        if (date != null) {
            dates.add(date);
        }
        return this;
    }

    /** Adds everything another change touched. */
    public AffectedDays add(AffectedDays other) {
        instants.addAll(other.instants);
        dates.addAll(other.dates);
        return this;
    }

    public boolean isEmpty() {
        return instants.isEmpty() && dates.isEmpty();
    }

    /** The distinct local days, in ascending order. */
    SortedSet<LocalDate> days(ZoneId zone) {
        SortedSet<LocalDate> days = new TreeSet<>(dates);
        instants.forEach(instant -> days.add(LocalDate.ofInstant(instant, zone)));
        return days;
    }
}
