package io.handoff.launcher.platform;

import io.handoff.launcher.process.DetachedProcess;
import io.handoff.launcher.process.HttpProbe;
import io.handoff.launcher.process.LogBanner;
import io.handoff.launcher.process.PidFile;
import io.handoff.launcher.process.ProcessControl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One Quarkus service run from its fast-jar in a detached JVM, configured through environment variables. */
public final class ServiceProcess implements Component {

    private final PlatformConfig config;
    private final ServiceDefinition definition;

    public ServiceProcess(PlatformConfig config, ServiceDefinition definition) {
        this.config = config;
        this.definition = definition;
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public int port() {
        return definition.port();
    }

    public ServiceDefinition definition() {
        return definition;
    }

    public Path jar() {
        return definition.jar(config.projectDir());
    }

    public String baseUrl() {
        return definition.baseUrl(config.host());
    }

    @Override
    public Path logFile() {
        return config.layout().logFile(name());
    }

    @Override
    public Optional<ProcessHandle> process() {
        return ProcessControl.find(PidFile.read(config.layout().pidFile(name())), jar().toString());
    }

    @Override
    public boolean isHealthy() {
        return HttpProbe.status(URI.create(baseUrl() + "/q/health/ready")) == 200;
    }

    /** True when the running process started before its jar was last rebuilt. */
    public boolean runsOutdatedJar() {
        try {
            Instant built = Files.getLastModifiedTime(jar()).toInstant();
            return process().flatMap(p -> p.info().startInstant()).map(started -> started.isBefore(built))
                    .orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean start() {
        if (isRunning()) {
            return false;
        }
        if (!Files.isRegularFile(jar())) {
            throw new PlatformException(name() + " is not built: " + jar() + " is missing.");
        }
        PortGuard.requireFree(this, config.host());
        List<String> command = new ArrayList<>();
        command.add(config.java().toString());
        command.addAll(config.jvmOptions(definition));
        command.add("-jar");
        command.add(jar().toString());
        LogBanner.write(logFile(), "starting " + name());
        DetachedComponents.launch(config, name(), command, ServiceEnvironment.of(definition, config), logFile());
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
