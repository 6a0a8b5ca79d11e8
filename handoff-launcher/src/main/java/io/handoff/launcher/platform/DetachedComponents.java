package io.handoff.launcher.platform;

import io.handoff.launcher.process.DetachedProcess;
import io.handoff.launcher.process.PidFile;
import io.handoff.launcher.process.ProcessControl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starting and stopping the components the launcher runs as detached processes of its own (Kafka, the mail
 * catcher, the services): each is known by its pid file, which {@code down}, {@code status} and a later launcher
 * read to find it again.
 */
final class DetachedComponents {

    private DetachedComponents() {
    }

    /** Starts {@code command} detached, its output appended to {@code log}, and records its pid. */
    static ProcessHandle launch(PlatformConfig config, String name, List<String> command, Map<String, String> env,
                                Path log) {
        try {
            ProcessHandle started = DetachedProcess.start(command, env, config.layout().run(), log);
            PidFile.write(config.layout().pidFile(name), started.pid());
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Asks the process to stop, forcing it after {@code grace}; false when it had to be forced. */
    static boolean stop(PlatformConfig config, String name, Optional<ProcessHandle> process, Duration grace) {
        boolean graceful = process.map(running -> ProcessControl.terminate(running, grace)).orElse(true);
        PidFile.delete(config.layout().pidFile(name));
        return graceful;
    }

    /** Kills the process at once, as a crash would. */
    static void kill(PlatformConfig config, String name, Optional<ProcessHandle> process) {
        process.ifPresent(ProcessControl::kill);
        PidFile.delete(config.layout().pidFile(name));
    }
}
