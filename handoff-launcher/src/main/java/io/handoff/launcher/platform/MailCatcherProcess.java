package io.handoff.launcher.platform;

import io.handoff.launcher.mail.MailCatcherMain;
import io.handoff.launcher.process.DetachedProcess;
import io.handoff.launcher.process.LogBanner;
import io.handoff.launcher.process.PidFile;
import io.handoff.launcher.process.Ports;
import io.handoff.launcher.process.ProcessControl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SMTP server the services send their email to (GreenMail in a small JVM of its own): nothing leaves the
 * machine, and {@code ./handoff mail} reads what arrived from its archive folder.
 */
public final class MailCatcherProcess implements Component {

    public static final String NAME = "mail";

    /** A few messages an hour need little: a small heap and no optimizing compiler keep its footprint down. */
    private static final List<String> JVM_OPTIONS = List.of("-Xms16m", "-Xmx96m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    /** Names the archive in the command line, where {@link #process()} looks for it. */
    private static final String ARCHIVE_PROPERTY = "handoff.mail.archive";

    private final PlatformConfig config;

    public MailCatcherProcess(PlatformConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int port() {
        return config.smtpPort();
    }

    public Path archive() {
        return config.layout().mail();
    }

    @Override
    public Path logFile() {
        return config.layout().logFile(name());
    }

    @Override
    public Optional<ProcessHandle> process() {
        // The archive folder is in its command line and no other program's.
        return ProcessControl.find(PidFile.read(config.layout().pidFile(name())),
                "-D" + ARCHIVE_PROPERTY + "=" + archive());
    }

    @Override
    public boolean isHealthy() {
        return Ports.isOpen(config.host(), port());
    }

    @Override
    public boolean start() {
        if (isRunning()) {
            return false;
        }
        PortGuard.requireFree(this, config.host());
        List<String> command = new ArrayList<>();
        command.add(config.java().toString());
        command.addAll(JVM_OPTIONS);
        // Before the classpath, which may be long enough for the kernel's copy of the command line to cut it off.
        command.add("-D" + ARCHIVE_PROPERTY + "=" + archive());
        command.addAll(List.of("-cp", PlatformConfig.ownClasspath(), MailCatcherMain.class.getName(),
                Integer.toString(port()), archive().toString()));
        LogBanner.write(logFile(), "starting mail");
        DetachedComponents.launch(config, name(), command, Map.of(), logFile());
        return true;
    }

    @Override
    public boolean stop(Duration grace) {
        return DetachedComponents.stop(config, name(), process(), grace);
    }

    @Override
    public void kill() {
        DetachedComponents.kill(config, name(), process());
    }
}
