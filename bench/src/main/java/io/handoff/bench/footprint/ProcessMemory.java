package io.handoff.bench.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Memory of processes as Linux counts it, read from {@code /proc}. RSS for one JVM; for a process tree such as
 * PostgreSQL's (a postmaster and one backend per connection, all mapping the same shared buffers) the sum of PSS,
 * which shares each shared page out among the processes instead of counting it once per process.
 */
public final class ProcessMemory {

    public static final double MEGABYTE = 1024.0 * 1024.0;

    private static final Path PROC = Path.of("/proc");

    private ProcessMemory() {
    }

    /** Resident set size in bytes, or 0 when the process is gone or this is not Linux. */
    public static long rssBytes(long pid) {
        return kilobytes(PROC.resolve(pid + "/status"), "VmRSS:") * 1024;
    }

    /** Proportional set size of the process and all its descendants, in bytes. */
    public static long treePssBytes(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants())
                .mapToLong(p -> kilobytes(PROC.resolve(p.pid() + "/smaps_rollup"), "Pss:") * 1024).sum();
    }

    static long kilobytes(Path file, String field) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]))
                    .orElse(0L);
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
