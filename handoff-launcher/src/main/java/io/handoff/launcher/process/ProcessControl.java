package io.handoff.launcher.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** Finds, signals and stops processes by pid without touching a pid that now belongs to another program. */
public final class ProcessControl {

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 50;

    private ProcessControl() {
    }

    /**
     * The live process with this pid whose command line mentions {@code marker} (a path only our process has),
     * so that a stale pid file never makes us stop an unrelated process that reused the pid.
     */
    public static Optional<ProcessHandle> find(OptionalLong pid, String marker) {
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong())
                .filter(ProcessControl::isRunning)
                .filter(p -> p.info().commandLine().map(line -> line.contains(marker)).orElse(true));
    }

    /** SIGTERM, then SIGKILL if the process is still there after {@code grace}; true if it ended gracefully. */
    public static boolean terminate(ProcessHandle process, Duration grace) {
        process.destroy();
        if (awaitExit(process, grace)) {
            return true;
        }
        kill(process);
        return false;
    }

    /** SIGKILL, waiting until the process is gone. */
    public static void kill(ProcessHandle process) {
        process.destroyForcibly();
        awaitExit(process, KILL_WAIT);
    }

    /** Sends a named signal (INT, QUIT…) that {@link ProcessHandle} cannot send, then waits for the exit. */
    public static boolean signal(ProcessHandle process, String signal, Duration wait) {
        try {
            new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return awaitExit(process, wait);
    }

    /**
     * Alive and not a zombie. A process that has exited stays a zombie until its parent reaps it; for a detached
     * process that parent is init, which in a container may reap late or never, and the JDK counts zombies as alive.
     */
    public static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // The state follows the command name, which is in parentheses and may itself contain spaces.
            String afterName = stat.substring(stat.lastIndexOf(')') + 1).trim();
            return !afterName.startsWith("Z") && !afterName.startsWith("X");
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }

    /** Polls {@link #isRunning}: {@code onExit()} would wait for the zombie to be reaped. */
    public static boolean awaitExit(ProcessHandle process, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (isRunning(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning(process);
            }
        }
        return true;
    }
}
