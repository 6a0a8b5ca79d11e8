package io.handoff.bench.footprint;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time per component over one measured window, and where it was read, per thread group of each component
 * ({@link ThreadCpu}; empty where only the totals were read).
 */
public record CpuUse(Map<String, Duration> byComponent, Map<String, Map<String, Duration>> byThread) {

    public static final CpuUse NONE = new CpuUse(Map.of());

    public CpuUse(Map<String, Duration> byComponent) {
        this(byComponent, Map.of());
    }

    /** The same with each component's thread groups. */
    public CpuUse withThreads(Map<String, Map<String, Duration>> threads) {
        return new CpuUse(byComponent, threads);
    }

    /** The same without one component (the load generator, when only the platform counts). */
    public CpuUse without(String component) {
        Map<String, Duration> rest = new LinkedHashMap<>(byComponent);
        rest.remove(component);
        Map<String, Map<String, Duration>> restThreads = new LinkedHashMap<>(byThread);
        restThreads.remove(component);
        return new CpuUse(rest, restThreads);
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
