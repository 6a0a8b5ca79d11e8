package io.handoff.launcher.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** One process of the local platform (PostgreSQL, Kafka or a service) that can be started, probed and stopped. */
public interface Component {

    String name();

    int port();

    Path logFile();

    /** Our live process, found through its pid file; empty when it is not running. */
    Optional<ProcessHandle> process();

    default boolean isRunning() {
        return process().isPresent();
    }

    /** True when the component answers like a ready one (SQL, broker metadata, readiness endpoint). */
    boolean isHealthy();

    /** Starts the process unless ours is already running; returns false when it was. Does not wait for health. */
    boolean start();

    /** Asks the process to stop, forcing it after {@code grace}; returns false when it had to be forced. */
    boolean stop(Duration grace);

    /** Kills the process at once (SIGKILL), as a crash would. */
    void kill();

    default void awaitHealthy(Duration timeout) {
        HealthWaiter.await(List.of(this), timeout, Progress.SILENT);
    }
}
