package io.handoff.bench.footprint;

import java.time.Duration;

/** One service's start-up time (process spawned until its readiness check answers 200) and its idle RSS. */
public record ServiceFootprint(String service, Duration startUp, long idleRssBytes) {

    public double startUpSeconds() {
        return startUp.toMillis() / 1000.0;
    }

    public double idleRssMegabytes() {
        return idleRssBytes / ProcessMemory.MEGABYTE;
    }
}
