package io.handoff.bench.profile;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** What one service's recording holds for one scenario window. */
final class WindowProfile {

    int samples;
    Duration compilation = Duration.ZERO;
    Duration gcPauses = Duration.ZERO;
    final Map<String, Integer> selfByLibrary = new HashMap<>();
    final Map<String, Integer> selfByMethod = new HashMap<>();
    final Map<String, Integer> underOurMethod = new HashMap<>();

    String render(int top) {
        if (samples == 0) {
            return String.format("No Java samples; JIT compilation %d ms, GC pauses %d ms.%n", compilation.toMillis(),
                    gcPauses.toMillis());
        }
        StringBuilder md = new StringBuilder(String.format("%d samples; JIT compilation %d ms, GC pauses %d ms.%n%n",
                samples, compilation.toMillis(), gcPauses.toMillis()));
        md.append("| by library (self) | share | by method (self) | share | under our method | share |\n")
                .append("|---|---|---|---|---|---|\n");
        var libraries = Ranking.top(selfByLibrary, top);
        var methods = Ranking.top(selfByMethod, top);
        var ours = Ranking.top(underOurMethod, top);
        int rows = Math.max(libraries.size(), Math.max(methods.size(), ours.size()));
        for (int i = 0; i < rows; i++) {
            md.append('|').append(cell(libraries, i)).append('|').append(cell(methods, i)).append('|')
                    .append(cell(ours, i)).append("|\n");
        }
        return md.toString();
    }

    private String cell(java.util.List<Map.Entry<String, Integer>> ranked, int i) {
        if (i >= ranked.size()) {
            return " | ";
        }
        var entry = ranked.get(i);
        return " `" + entry.getKey() + "` | " + String.format("%.1f%%", 100.0 * entry.getValue() / samples) + " ";
    }
}
