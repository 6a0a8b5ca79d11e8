package io.handoff.bench.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time per thread of each component's processes ({@code /proc/<pid>/task/<tid>/stat}), threads of a pool
 * counted together: what an idle platform still spends its CPU on (a sweep's event loop, a Kafka poll loop, the
 * JIT, the garbage collector), which a profiler's samples of Java code alone do not show.
 */
public final class ThreadCpu {

    private ThreadCpu() {
    }

    /** Clock ticks so far per component and thread group; a thread gone since is left out. */
    public static Map<String, Map<String, Long>> snapshot(Map<String, ProcessHandle> components) {
        Map<String, Map<String, Long>> ticks = new LinkedHashMap<>();
        components.forEach((name, process) -> {
            Map<String, Long> threads = new TreeMap<>();
            Stream.concat(Stream.of(process), process.pid() == ProcessHandle.current().pid() ? Stream.empty()
                    : process.descendants()).forEach(p -> addThreads(p.pid(), threads));
            ticks.put(name, threads);
        });
        return ticks;
    }

    /** What each thread group spent between two snapshots; a group only in the later one counts from zero. */
    public static Map<String, Map<String, Duration>> since(Map<String, Map<String, Long>> earlier,
                                                           Map<String, Map<String, Long>> later) {
        Map<String, Map<String, Duration>> spent = new LinkedHashMap<>();
        later.forEach((component, threads) -> {
            Map<String, Long> before = earlier.getOrDefault(component, Map.of());
            Map<String, Duration> used = new TreeMap<>();
            threads.forEach((group, now) -> used.put(group,
                    Duration.ofNanos(Math.max(0, now - before.getOrDefault(group, 0L)) * CpuMeter.TICK_NANOS)));
            spent.put(component, used);
        });
        return spent;
    }

    /**
     * A thread's group: its name (Linux keeps 15 characters of it) without the number a pool gives each thread,
     * so "executor-thread-1" and "executor-thread-12" both count as "executor-thread".
     */
    static String group(String threadName) {
        String group = threadName.replaceAll("[-#_ ]*\\d+$", "");
        return group.isEmpty() ? threadName : group;
    }

    /** The command name of a stat line: between the first '(' and the last ')', since it may hold either. */
    static String name(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    private static void addThreads(long pid, Map<String, Long> threads) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    threads.merge(group(name(stat)), CpuMeter.parseTicks(stat), Long::sum);
                } catch (IOException gone) {
                    // the thread ended while listed
                }
            });
        } catch (IOException gone) {
            // the process ended
        }
    }
}
