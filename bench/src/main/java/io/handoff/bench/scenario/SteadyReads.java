package io.handoff.bench.scenario;

import io.handoff.bench.footprint.CpuMeter;
import io.handoff.bench.footprint.CpuUse;
import io.handoff.bench.load.JsonHttp;
import io.handoff.bench.load.LoadResult;
import io.handoff.bench.load.OpenLoop;

import java.time.Duration;

/**
 * Scenarios 3 and 4: one read, requested at a fixed rate by a user's browser, after a warm-up at the same rate
 * that is not recorded (the JIT compiles the path, the database caches the pages).
 */
public final class SteadyReads {

    /** The measured run's latencies and the CPU every component spent meanwhile. */
    public record Result(LoadResult load, CpuUse cpu) {
    }

    private SteadyReads() {
    }

    public static Result measure(JsonHttp http, CpuMeter cpu, String name, String url, String token, double rate,
                                 Duration warmUp, Duration length) {
        OpenLoop.Request get = (sequence, due) -> http.send("GET", url, token, null).thenApply(JsonHttp::succeeded);
        new OpenLoop(rate, warmUp, Duration.ofSeconds(30)).run(name + " (warm-up)", get);
        CpuMeter.Snapshot before = cpu.snapshot();
        LoadResult load = new OpenLoop(rate, length, Duration.ofSeconds(30)).run(name, get);
        return new Result(load, cpu.snapshot().since(before));
    }
}
