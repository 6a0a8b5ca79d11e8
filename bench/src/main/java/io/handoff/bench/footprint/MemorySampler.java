package io.handoff.bench.footprint;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Samples the whole platform's memory (PSS of every process) once a second and keeps the peak. */
public final class MemorySampler implements AutoCloseable {

    private final Supplier<List<ProcessHandle>> processes;
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "memory-sampler");
        thread.setDaemon(true);
        return thread;
    });

    public MemorySampler(Supplier<List<ProcessHandle>> processes) {
        this.processes = processes;
        timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    /** The platform's memory now, in bytes. */
    public long current() {
        return processes.get().stream().mapToLong(ProcessMemory::treePssBytes).sum();
    }

    public long peakBytes() {
        sample();
        return peak.get();
    }

    private void sample() {
        peak.accumulateAndGet(current(), Math::max);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
