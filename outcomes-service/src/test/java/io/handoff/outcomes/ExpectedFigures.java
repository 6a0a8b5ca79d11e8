package io.handoff.outcomes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-computed figures of one summary row written compactly, turned into the JSON fields they must equal:
 * {@code leads=captured/qualified/disqualified calls=booked/held/cancelled/rescheduled/noShows strategyHeld=n
 * deals=won/deposit rates=show/closing/engagement ("-" = null) revenue=d.dd
 * objections=MONEY/LOGISTIC/PARTNER/FEAR/SMOKE_SCREEN/NO_OBJECTION
 * noSale=NO_SHOW/NOT_INTERESTED/CONTACT_CANCELLED/ADMIN_CANCELLED/UNQUALIFIED/FOLLOW_UP_SCHEDULED}.
 */
final class ExpectedFigures {

    private static final List<String> OBJECTIONS = List.of("MONEY", "LOGISTIC", "PARTNER", "FEAR", "SMOKE_SCREEN",
            "NO_OBJECTION");
    private static final List<String> NO_SALE = List.of("NO_SHOW", "NOT_INTERESTED", "CONTACT_CANCELLED",
            "ADMIN_CANCELLED", "UNQUALIFIED", "FOLLOW_UP_SCHEDULED");

    private ExpectedFigures() {
    }

    static Map<String, Object> of(String spec) {
        Map<String, Object> expected = new HashMap<>();
        for (String part : spec.trim().split("\\s+")) {
            String[] kv = part.split("=", 2);
            String[] v = kv[1].split("/");
            switch (kv[0]) {
                case "leads" -> put(expected, v, "leadsCaptured", "leadsQualified", "leadsDisqualified");
                case "calls" -> put(expected, v, "callsBooked", "callsHeld", "callsCancelled", "callsRescheduled",
                        "noShows");
                case "strategyHeld" -> put(expected, v, "strategyCallsHeld");
                case "deals" -> put(expected, v, "wonDeals", "depositDeals");
                case "rates" -> {
                    expected.put("showRate", rate(v[0]));
                    expected.put("closingRate", rate(v[1]));
                    expected.put("engagementRate", rate(v[2]));
                }
                case "revenue" -> expected.put("revenue", kv[1]);
                case "objections" -> expected.put("objections", breakdown(OBJECTIONS, v));
                case "noSale" -> expected.put("noSaleReasons", breakdown(NO_SALE, v));
                default -> throw new IllegalArgumentException("unknown figure " + kv[0]);
            }
        }
        return expected;
    }

    private static void put(Map<String, Object> expected, String[] values, String... fields) {
        if (values.length != fields.length) {
            throw new IllegalArgumentException("expected " + fields.length + " values for " + String.join("/", fields));
        }
        for (int i = 0; i < fields.length; i++) {
            expected.put(fields[i], Integer.valueOf(values[i]));
        }
    }

    private static String rate(String value) {
        return value.equals("-") ? null : value;
    }

    private static Map<String, Integer> breakdown(List<String> keys, String[] values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            counts.put(keys.get(i), Integer.valueOf(values[i]));
        }
        return counts;
    }
}
