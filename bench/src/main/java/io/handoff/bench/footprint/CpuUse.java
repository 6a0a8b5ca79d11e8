package io.handoff.bench.footprint;

import java.time.Duration;
import java.util.Map;

/** CPU time per component over one measured window. */
public record CpuUse(Map<String, Duration> byComponent) {

    public static final CpuUse NONE = new CpuUse(Map.of());

    /** The same without one component (the load generator, when only the platform counts). */
    public CpuUse without(String component) {
        Map<String, Duration> rest = new java.util.LinkedHashMap<>(byComponent);
        rest.remove(component);
        return new CpuUse(rest);
    }

    public Duration total() {
        return byComponent.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** Milliseconds of CPU the component spent per request of the window. */
    public double millisPerRequest(String component, long requests) {
        Duration spent = byComponent.getOrDefault(component, Duration.ZERO);
        return requests == 0 ? Double.NaN : spent.toNanos() / 1e6 / requests;
    }

    public double totalMillisPerRequest(long requests) {
        return requests == 0 ? Double.NaN : total().toNanos() / 1e6 / requests;
    }
}
