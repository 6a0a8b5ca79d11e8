package io.handoff.bench.footprint;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CpuMeterTest {

    @Test
    void shouldAddUserAndSystemTimeFromAStatLineWhoseNameHoldsSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 81234 0 12 0 1500 230 0 0 20 0 57 0 "
                + "1234567 3200000000 80000 18446744073709551615 1 1 0 0 0 0 0 4096 17610 0 0 0 17 1 0 0 0 0 0";

        assertThat(CpuMeter.parseTicks(stat)).isEqualTo(1730);
    }

    @Test
    void shouldCountTheCpuThisJvmSpendsBetweenTwoSnapshots() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux only");
        CpuMeter meter = new CpuMeter(() -> Map.of("load generator", ProcessHandle.current()));
        CpuMeter.Snapshot before = meter.snapshot();
        long sum = 0;
        long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
        while (System.nanoTime() < until) {
            sum += Long.numberOfTrailingZeros(sum + System.nanoTime());
        }

        CpuUse spent = meter.snapshot().since(before);

        assertThat(sum).isPositive();
        // 300 ms spinning on one thread; the clock ticks in 10 ms steps and the machine may be busy.
        assertThat(spent.byComponent().get("load generator")).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(spent.totalMillisPerRequest(2)).isEqualTo(spent.total().toNanos() / 1e6 / 2);
    }

    @Test
    void shouldNotCountTheChildrenOfThisJvmAsItsOwnCpu() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux only");
        // This JVM starts the platform: its children are the services, counted as components of their own.
        Process busyChild = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        CpuMeter meter = new CpuMeter(() -> Map.of("load generator", ProcessHandle.current(), "child",
                busyChild.toHandle()));
        CpuMeter.Snapshot before = meter.snapshot();
        Thread.sleep(1200);

        CpuUse spent = meter.snapshot().since(before);
        busyChild.destroyForcibly().waitFor();

        assertThat(spent.byComponent().get("child")).as("the child spun").isGreaterThan(Duration.ofMillis(400));
        assertThat(spent.byComponent().get("load generator")).as("this JVM slept")
                .isLessThan(Duration.ofMillis(400));
    }
}
