package io.handoff.bench.scenario;

import io.handoff.bench.load.JsonHttp;
import io.handoff.bench.load.LoadResult;
import io.handoff.bench.load.OpenLoop;

import java.time.Duration;

/**
 * Scenarios 3 and 4: one read, requested at a fixed rate by a user's browser, after a warm-up at the same rate
 * that is not recorded (the JIT compiles the path, the database caches the pages).
 */
public final class SteadyReads {

    private SteadyReads() {
    }

    public static LoadResult measure(JsonHttp http, String name, String url, String token, double rate,
                                     Duration warmUp, Duration length) {
        OpenLoop.Request get = (sequence, due) -> http.send("GET", url, token, null).thenApply(JsonHttp::succeeded);
        new OpenLoop(rate, warmUp, Duration.ofSeconds(30)).run(name + " (warm-up)", get);
        return new OpenLoop(rate, length, Duration.ofSeconds(30)).run(name, get);
    }
}
