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

/**
 * One Quarkus service run from its jar in a detached JVM, configured through environment variables, started from its
 * {@link StartUpCache} where Java 25 has one.
 */
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

    /** Starts the service, from its start-up cache when a current one exists. */
    @Override
    public boolean start() {
        return launch(startUpCache().filter(StartUpCache::isCurrent).map(StartUpCache::useOptions).orElse(List.of()),
                "starting " + name());
    }

    /**
     * Starts the service to train its start-up cache: it runs as usual, and writes the cache when it is stopped
     * gracefully. False when it is running already, or when this Java has no such cache.
     */
    public boolean startTraining() {
        Optional<StartUpCache> cache = startUpCache();
        if (cache.isEmpty() || isRunning()) {
            return false;
        }
        cache.get().removeEarlier();
        return launch(cache.get().trainingOptions(), "starting " + name() + " to train its start-up cache "
                + cache.get().file().getFileName());
    }

    /** True when this service would train a cache before its next start: caches on, Java 25, none current. */
    public boolean needsTraining() {
        return startUpCache().map(cache -> !cache.isCurrent()).orElse(false);
    }

    public Optional<StartUpCache> startUpCache() {
        return config.startUpCache(definition);
    }

    private boolean launch(List<String> cacheOptions, String banner) {
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
        command.addAll(cacheOptions);
        command.add("-jar");
        command.add(jar().toString());
        LogBanner.write(logFile(), banner);
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
