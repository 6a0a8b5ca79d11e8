package io.handoff.bench.footprint;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ThreadCpuTest {

    @Test
    void shouldCountAPoolsThreadsAsOneGroup() {
        assertThat(ThreadCpu.group("executor-thread-12")).isEqualTo("executor-thread");
        assertThat(ThreadCpu.group("GC Thread#1")).isEqualTo("GC Thread");
        assertThat(ThreadCpu.group("vert.x-eventloo")).isEqualTo("vert.x-eventloo");
        assertThat(ThreadCpu.group("VM Thread")).isEqualTo("VM Thread");
        assertThat(ThreadCpu.group("42")).isEqualTo("42");
    }

    @Test
    void shouldReadTheThreadNameEvenWithParenthesesInIt() {
        assertThat(ThreadCpu.name("77 (pool (x) 1) S 1 2 3")).isEqualTo("pool (x) 1");
    }

    @Test
    void shouldCountFromZeroAGroupThatStartedInTheWindow() {
        var earlier = Map.of("kafka", Map.of("poll", 10L));
        var later = Map.of("kafka", Map.of("poll", 15L, "cleaner", 2L));

        var spent = ThreadCpu.since(earlier, later);

        assertThat(spent.get("kafka")).containsEntry("poll", Duration.ofMillis(50))
                .containsEntry("cleaner", Duration.ofMillis(20));
    }

    @Test
    void shouldTellTheSpinningThreadFromTheSleepingOne() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch done = new CountDownLatch(1);
        Thread spinner = new Thread(() -> {
            started.countDown();
            long until = System.nanoTime() + Duration.ofMillis(400).toNanos();
            long sum = 0;
            while (System.nanoTime() < until) {
                sum += Long.numberOfTrailingZeros(sum + System.nanoTime());
            }
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "spinner-1");
        Thread sleeper = new Thread(() -> {
            started.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sleeper-1");
        Map<String, ProcessHandle> self = Map.of("bench", ProcessHandle.current());
        sleeper.start();
        spinner.start();
        started.await();
        var before = ThreadCpu.snapshot(self);
        Thread.sleep(600);

        var spent = ThreadCpu.since(before, ThreadCpu.snapshot(self)).get("bench");
        done.countDown();
        spinner.join();
        sleeper.join();

        // 400 ms spinning (less what passed before the first snapshot); ticks are 10 ms and the machine may be busy.
        assertThat(spent.get("spinner")).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(spent.get("sleeper")).isLessThan(Duration.ofMillis(50));
    }
}
