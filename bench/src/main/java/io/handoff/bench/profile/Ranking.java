package io.handoff.bench.profile;

import java.util.List;
import java.util.Map;

/** The largest counts first. */
final class Ranking {

    private Ranking() {
    }

    static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).toList();
    }
}
