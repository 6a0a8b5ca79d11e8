package io.handoff.scheduling.slot;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Open slots in the invitee's time zone ({@code 2026-12-01T09:00:00-05:00}), each also as a UTC instant
 * ({@code 2026-12-01T14:00:00Z}, what a booking sends back). A month of a large team's slots is thousands
 * of them, so they are written by hand rather than through DateTimeFormatter.
 */
public record SlotsView(String timeZone, List<Slot> slots) {

    /** One open start: local time with offset in the invitee's zone, and the same instant in UTC. */
    public record Slot(String start, String startUtc) {
    }

    public static SlotsView of(ZoneId zone, long[] starts) {
        ZoneRules rules = zone.getRules();
        List<Slot> slots = new ArrayList<>(starts.length);
        for (long t : starts) {
            ZoneOffset offset = rules.getOffset(java.time.Instant.ofEpochSecond(t));
            slots.add(new Slot(format(t, offset), format(t, ZoneOffset.UTC)));
        }
        return new SlotsView(zone.getId(), slots);
    }

    /** ISO-8601 with seconds and the offset ("Z" for UTC), as DateTimeFormatter.ISO_OFFSET_DATE_TIME prints it. */
    static String format(long epochSecond, ZoneOffset offset) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(epochSecond, 0, offset);
        StringBuilder text = new StringBuilder(25);
        int year = local.getYear();
        if (year < 1000 || year > 9999) {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.atOffset(offset));
        }
        text.append(year).append('-');
        two(text, local.getMonthValue()).append('-');
        two(text, local.getDayOfMonth()).append('T');
        two(text, local.getHour()).append(':');
        two(text, local.getMinute()).append(':');
        two(text, local.getSecond());
        return text.append(offset.getId()).toString();
    }

    private static StringBuilder two(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
