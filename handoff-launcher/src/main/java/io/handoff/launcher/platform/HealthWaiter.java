package io.handoff.launcher.platform;

import io.handoff.launcher.process.LogTail;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Waits until components are healthy, reporting each one as it gets there and failing fast when one dies. */
public final class HealthWaiter {

    private static final long POLL_MILLIS = 500;
    private static final long REMINDER_SECONDS = 10;
    private static final int LOG_LINES_ON_FAILURE = 25;

    private HealthWaiter() {
    }

    public static void await(List<? extends Component> components, Duration timeout, Progress progress) {
        await(components, timeout, progress, System.nanoTime());
    }

    /** Waits, reporting times since {@code startNanos} (when the components were started). */
    public static void await(List<? extends Component> components, Duration timeout, Progress progress,
            long startNanos) {
        long start = startNanos;
        long nextReminder = REMINDER_SECONDS;
        Set<Component> pending = new LinkedHashSet<>(components);
        while (true) {
            for (Iterator<Component> it = pending.iterator(); it.hasNext(); ) {
                Component component = it.next();
                if (component.isHealthy()) {
                    it.remove();
                    progress.report(String.format("%-22s healthy after %.1f s", component.name(), seconds(start)));
                } else if (!component.isRunning()) {
                    throw new PlatformException(component.name() + " stopped while starting up. Last lines of "
                            + component.logFile() + ":\n" + tail(component));
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            double elapsed = seconds(start);
            if (elapsed > timeout.toSeconds()) {
                throw new PlatformException("not healthy after " + timeout.toSeconds() + " s: " + names(pending)
                        + ". Last lines of " + pending.iterator().next().logFile() + ":\n"
                        + tail(pending.iterator().next()));
            }
            if (elapsed >= nextReminder) {
                progress.report(String.format("still waiting after %d s for: %s", nextReminder, names(pending)));
                nextReminder += REMINDER_SECONDS;
            }
            sleep();
        }
    }

    private static String names(Set<Component> components) {
        return components.stream().map(Component::name).collect(Collectors.joining(", "));
    }

    private static String tail(Component component) {
        return LogTail.lastLines(component.logFile(), LOG_LINES_ON_FAILURE).stream()
                .map(line -> "    | " + line)
                .collect(Collectors.joining("\n"));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while waiting for the platform to become healthy", e);
        }
    }
}
