package io.handoff.bench.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * CPU time the platform's processes spent, read from {@code /proc/<pid>/stat} (user + system, in clock ticks of
 * 10 ms), so that a scenario's cost can be told per request and per component: on a machine this small, the CPU
 * that every service spends on each request is what bounds the throughput.
 */
public final class CpuMeter {

    /** Linux's USER_HZ, the unit of utime and stime; 100 on every common kernel build. */
    static final long TICK_NANOS = 10_000_000L;

    private final Supplier<Map<String, ProcessHandle>> components;

    /** {@code components} names the processes to count, each with its descendants (PostgreSQL's backends). */
    public CpuMeter(Supplier<Map<String, ProcessHandle>> components) {
        this.components = components;
    }

    public Snapshot snapshot() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        components.get().forEach((name, process) -> ticks.put(name, treeTicks(process)));
        return new Snapshot(ticks);
    }

    /** CPU ticks so far per component. */
    public record Snapshot(Map<String, Long> ticks) {

        /** What each component spent between {@code earlier} and this snapshot. */
        public CpuUse since(Snapshot earlier) {
            Map<String, Duration> spent = new LinkedHashMap<>();
            ticks.forEach((name, now) -> spent.put(name,
                    Duration.ofNanos(Math.max(0, now - earlier.ticks().getOrDefault(name, 0L)) * TICK_NANOS)));
            return new CpuUse(spent);
        }
    }

    /**
     * The process with its descendants, except this JVM: it started the platform, so its descendants are the
     * platform itself, which the other components already count.
     */
    static long treeTicks(ProcessHandle process) {
        if (process.pid() == ProcessHandle.current().pid()) {
            return ticks(process.pid());
        }
        return Stream.concat(Stream.of(process), process.descendants()).mapToLong(p -> ticks(p.pid())).sum();
    }

    /** utime + stime of one process; 0 when it is gone. */
    static long ticks(long pid) {
        try {
            return parseTicks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException e) {
            return 0;
        }
    }

    /** Fields 14 and 15 of a stat line; the command name (field 2) may hold spaces, so count after its ')'. */
    static long parseTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state): utime is field 14, stime field 15.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
