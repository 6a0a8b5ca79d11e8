package io.handoff.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies the scheduling tests share: availabilities, event types, invitees. */
final class Fixtures {

    static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    static final List<String> ALL_DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY");

    private Fixtures() {
    }

    /** The same hours on the given days, no buffers, no notice, no cap. */
    static Map<String, Object> hours(String zone, List<String> days, String start, String end) {
        return availability(zone, days, start, end, 0, 0, 0, null);
    }

    /** Round the clock every day: a host who is always free unless booked. */
    static Map<String, Object> alwaysFree(String zone) {
        return hours(zone, ALL_DAYS, "00:00", "24:00");
    }

    static Map<String, Object> availability(String zone, List<String> days, String start, String end, int before,
                                            int after, int notice, Integer cap) {
        Map<String, Object> body = new HashMap<>();
        body.put("timeZone", zone);
        body.put("weekly", days.stream().map(d -> Map.of("day", d, "start", start, "end", end)).toList());
        body.put("bufferBeforeMinutes", before);
        body.put("bufferAfterMinutes", after);
        body.put("minimumNoticeMinutes", notice);
        if (cap != null) {
            body.put("maxCallsPerDay", cap);
        }
        return body;
    }

    /** An event type without form questions; hosts map to their weights. */
    static Map<String, Object> eventType(String name, String kind, int minutes, String assignment,
                                         Map<UUID, Integer> hosts) {
        List<Map<String, Object>> hostList = new ArrayList<>();
        hosts.forEach((id, weight) -> hostList.add(Map.of("userId", id.toString(), "weight", weight)));
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("durationMinutes", minutes);
        body.put("assignment", assignment);
        body.put("hosts", hostList);
        return body;
    }

    static Map<String, Object> invitee(String email) {
        return Map.of("email", email, "name", "Ivy Invitee", "timeZone", "America/New_York");
    }

    /** POST /calls body for an internal booking (hostId may be null). */
    static Map<String, Object> newCall(String eventTypeId, UUID hostId, String start, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("eventTypeId", eventTypeId);
        if (hostId != null) {
            body.put("hostId", hostId.toString());
        }
        body.put("start", start);
        body.put("invitee", invitee(email));
        return body;
    }
}
