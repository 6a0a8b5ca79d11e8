package io.handoff.bench.footprint;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ProcessMemoryTest {

    @Test
    void shouldReadThisJvmsResidentMemoryFromProc() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux only");
        long pid = ProcessHandle.current().pid();

        long rss = ProcessMemory.rssBytes(pid);
        long pss = ProcessMemory.treePssBytes(ProcessHandle.current());

        // A JVM that runs JUnit holds more than 20 MB and less than the machine.
        assertThat(rss).isGreaterThan(20L << 20).isLessThan(Runtime.getRuntime().maxMemory() + (4L << 30));
        assertThat(pss).isPositive().isLessThanOrEqualTo(rss + (64L << 20));
    }

    @Test
    void shouldReadAFieldOfAProcFileInKilobytes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path status = dir.resolve("status");
        Files.writeString(status, "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  812345 kB\nThreads:\t42\n");

        assertThat(ProcessMemory.kilobytes(status, "VmRSS:")).isEqualTo(812_345);
        assertThat(ProcessMemory.kilobytes(status, "Pss:")).isZero();
        assertThat(ProcessMemory.kilobytes(dir.resolve("gone"), "VmRSS:")).isZero();
        assertThat(ProcessMemory.rssBytes(Long.MAX_VALUE)).isZero();
    }
}
