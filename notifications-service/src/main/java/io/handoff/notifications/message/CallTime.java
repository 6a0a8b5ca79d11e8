package io.handoff.notifications.message;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Moments as people read them, in their own time zone and naming it:
 * "Tuesday, 1 December 2026 at 09:00 (America/New_York time)".
 */
public final class CallTime {

    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private CallTime() {
    }

    public static String describe(Instant at, ZoneId zone) {
        return DAY_AND_TIME.format(at.atZone(zone)) + " (" + zone.getId() + " time)";
    }

    /** Compact, for lists such as the journey summary; the zone is named once, elsewhere. */
    public static String shortly(Instant at, ZoneId zone) {
        return SHORT.format(at.atZone(zone));
    }

    /** The first of the candidates that is a valid IANA zone, else UTC. */
    public static ZoneId zone(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                try {
                    return ZoneId.of(candidate.strip());
                } catch (DateTimeException ignored) {
                    // an unknown zone falls through to the next candidate
                }
            }
        }
        return ZoneOffset.UTC;
    }
}
