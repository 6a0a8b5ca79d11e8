package io.handoff.bench.footprint;

import io.handoff.launcher.platform.Progress;
import io.handoff.launcher.platform.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts the services one at a time, so that each start-up has the machine to itself (as on a Kubernetes node
 * after a rollout), and times each from spawning the JVM to the first 200 of {@code /q/health/ready}: the moment
 * a readiness probe would let traffic in, with the database migrated and Kafka connected.
 */
public final class StartUps {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    /** The launcher's HealthWaiter polls every 500 ms: too coarse to time a start-up of a few seconds. */
    private static final long POLL_NANOS = Duration.ofMillis(20).toNanos();

    private StartUps() {
    }

    public static Map<ServiceProcess, Duration> startOneByOne(List<ServiceProcess> services, Progress progress) {
        Map<ServiceProcess, Duration> times = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            long start = System.nanoTime();
            if (!service.start()) {
                throw new IllegalStateException(service.name() + " was already running: its start-up is not ours");
            }
            while (!service.isHealthy()) {
                if (System.nanoTime() - start > TIMEOUT.toNanos()) {
                    throw new IllegalStateException(service.name() + " not ready after " + TIMEOUT.toSeconds()
                            + " s; see " + service.logFile());
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            progress.report(String.format("%-22s ready in %.2f s", service.name(), took.toMillis() / 1000.0));
            times.put(service, took);
        }
        return times;
    }

    /**
     * Stops the services, then starts all five at once, as {@code ./handoff up} does, and times the spawn of the
     * first JVM to the moment the last one is ready: on a small machine they compete for the cores.
     */
    public static Duration startTogether(List<ServiceProcess> services, Progress progress, Stopped whenStopped) {
        services.forEach(service -> service.stop(Duration.ofSeconds(30)));
        try {
            whenStopped.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long start = System.nanoTime();
        services.forEach(ServiceProcess::start);
        for (ServiceProcess service : services) {
            while (!service.isHealthy()) {
                if (System.nanoTime() - start > TIMEOUT.toNanos()) {
                    throw new IllegalStateException(service.name() + " not ready after " + TIMEOUT.toSeconds()
                            + " s; see " + service.logFile());
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        progress.report(String.format("all five services started together: ready in %.2f s", took.toMillis() / 1000.0));
        return took;
    }

    /** What to do between the stops and the starts (keep the profiles the stops wrote). */
    @FunctionalInterface
    public interface Stopped {
        void run() throws IOException;
    }

    /** Each service's RSS after the platform has been left alone for the given time. */
    public static List<ServiceFootprint> idle(Map<ServiceProcess, Duration> startUps, Duration quiet) {
        LockSupport.parkNanos(quiet.toNanos());
        List<ServiceFootprint> footprints = new ArrayList<>();
        startUps.forEach((service, took) -> footprints.add(new ServiceFootprint(service.name(), took,
                service.process().map(p -> ProcessMemory.rssBytes(p.pid())).orElse(0L))));
        return footprints;
    }
}
