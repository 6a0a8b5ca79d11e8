package io.handoff.launcher.platform;

import io.handoff.launcher.token.DevKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The whole local platform: PostgreSQL, Kafka and the five services as separate processes. The CLI and the
 * end-to-end tests drive it through this class.
 */
public final class Platform {

    public static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);
    public static final Duration KAFKA_STOP_GRACE = Duration.ofSeconds(60);
    public static final Duration POSTGRES_STOP_GRACE = Duration.ofSeconds(30);
    public static final Duration MAIL_STOP_GRACE = Duration.ofSeconds(10);
    /**
     * A service stopped after training first assembles its start-up cache: about 25 s alone on 2 cores, longer
     * five at once.
     */
    public static final Duration TRAINING_STOP_GRACE = Duration.ofMinutes(4);

    private final PlatformConfig config;
    private final PostgresProcess postgres;
    private final KafkaProcess kafka;
    private final MailCatcherProcess mail;
    private final List<ServiceProcess> services;
    private final ServiceProcess console;

    public Platform(PlatformConfig config) {
        this.config = config;
        this.postgres = new PostgresProcess(config);
        this.kafka = new KafkaProcess(config);
        this.mail = new MailCatcherProcess(config);
        this.services = config.services().stream().map(s -> new ServiceProcess(config, s)).toList();
        this.console = new ServiceProcess(config, config.console());
    }

    /**
     * A platform in a state folder of its own (the end-to-end suite's, the benchmark's) that starts empty: whatever
     * an interrupted run left running there is stopped, and its data is deleted.
     */
    public static Platform afresh(PlatformConfig config, Progress progress) {
        Platform platform = new Platform(config);
        platform.stop(progress);
        try {
            config.layout().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + config.layout().base(), e);
        }
        return platform;
    }

    public PlatformConfig config() {
        return config;
    }

    public PostgresProcess postgres() {
        return postgres;
    }

    public KafkaProcess kafka() {
        return kafka;
    }

    public MailCatcherProcess mail() {
        return mail;
    }

    public List<ServiceProcess> services() {
        return services;
    }

    /** The web app; started by {@link #startConsole}, not by {@link #start} (the benchmark runs without it). */
    public ServiceProcess console() {
        return console;
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no service named " + name));
    }

    /** All components in start order. */
    public List<Component> components() {
        return Stream.of(Stream.of(postgres, kafka, mail), services.stream(), Stream.of(console))
                .flatMap(s -> s).map(Component.class::cast).toList();
    }

    public List<ServiceProcess> servicesWithoutJar() {
        return services.stream().filter(s -> !Files.isRegularFile(s.jar())).toList();
    }

    public void start(Progress progress) {
        startInfrastructure(progress);
        startServices(progress);
    }

    /**
     * PostgreSQL with the services' databases, Kafka with their topics and the mail catcher; leaves running parts
     * alone.
     */
    public void startInfrastructure(Progress progress) {
        createLayout();
        long start = System.nanoTime();
        // The broker JVM needs seconds to come up: let it boot while PostgreSQL starts.
        announce(kafka, kafka.start(), progress);
        announce(mail, mail.start(), progress);
        announce(postgres, postgres.start(), progress);
        HealthWaiter.await(List.of(postgres, mail), config.startTimeout(), progress, start);
        List<String> databases = config.services().stream().map(ServiceDefinition::database).toList();
        List<String> created = PostgresDatabases.ensure(config, databases);
        progress.report(created.isEmpty() ? "databases present: " + String.join(", ", databases)
                : "databases created: " + String.join(", ", created));
        HealthWaiter.await(List.of(kafka), config.startTimeout(), progress, start);
        List<String> topics = KafkaTopics.ensure(config);
        progress.report(topics.isEmpty() ? "topics present: " + String.join(", ", KafkaTopics.names(config))
                : "topics created: " + String.join(", ", topics));
    }

    /** Starts the services that are not running and waits until every one of them is ready. */
    public void startServices(Progress progress) {
        createLayout();
        List<ServiceProcess> missing = servicesWithoutJar();
        if (!missing.isEmpty()) {
            throw new PlatformException("not built yet: " + String.join(", ",
                    missing.stream().map(s -> s.name() + " (" + config.projectDir().relativize(s.jar()) + ")")
                            .toList()));
        }
        DevKeys.loadOrCreate(config.layout().keys());
        long start = System.nanoTime();
        for (ServiceProcess service : services) {
            announce(service, service.start(), progress);
            if (service.runsOutdatedJar()) {
                progress.report(service.name() + " runs an older build than its jar: ./handoff down && ./handoff up"
                        + " restarts it");
            }
        }
        HealthWaiter.await(services, config.startTimeout(), progress, start);
    }

    /** Starts the console unless it runs, and waits until it is ready. */
    public void startConsole(Progress progress) {
        if (!Files.isRegularFile(console.jar())) {
            throw new PlatformException("not built yet: console (" + config.projectDir().relativize(console.jar())
                    + ")");
        }
        long start = System.nanoTime();
        announce(console, console.start(), progress);
        HealthWaiter.await(List.of(console), config.startTimeout(), progress, start);
    }

    /**
     * Trains the start-up caches ({@link StartUpCache}) the stopped services lack: starts those services together,
     * waits until they are ready, and stops them, which writes each cache. Runs after a build, once; nothing when
     * every cache is current, the platform's Java has none (before 25) or caches are off (HANDOFF_AOT_CACHE=off).
     * Returns the services trained.
     */
    public List<ServiceProcess> trainStartUpCaches(Progress progress) {
        List<ServiceProcess> untrained = untrainedServices();
        if (untrained.isEmpty()) {
            return untrained;
        }
        createLayout();
        DevKeys.loadOrCreate(config.layout().keys());
        long start = System.nanoTime();
        untrained.forEach(ServiceProcess::startTraining);
        try {
            HealthWaiter.await(untrained, config.startTimeout(), progress, start);
        } finally {
            stopTogether(untrained, TRAINING_STOP_GRACE, progress);
        }
        List<String> missing = untrained.stream().filter(ServiceProcess::needsTraining).map(ServiceProcess::name)
                .toList();
        progress.report(String.format("start-up caches trained in %.1f s%s", (System.nanoTime() - start) / 1e9,
                missing.isEmpty() ? "" : "; none written for " + String.join(", ", missing) + " (see their logs)"));
        return untrained;
    }

    /** The stopped services that would train a start-up cache before they start. */
    public List<ServiceProcess> untrainedServices() {
        return services.stream().filter(s -> !s.isRunning() && s.needsTraining()).toList();
    }

    /** Stops the console and the services (all at once), then Kafka, the mail catcher and PostgreSQL. */
    public void stop(Progress progress) {
        stopTogether(Stream.concat(Stream.of(console), services.stream()).toList(), SERVICE_STOP_GRACE, progress);
        stopOne(kafka, KAFKA_STOP_GRACE, progress);
        stopOne(mail, MAIL_STOP_GRACE, progress);
        stopOne(postgres, POSTGRES_STOP_GRACE, progress);
    }

    private static void stopTogether(List<ServiceProcess> apps, Duration grace, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(apps.size());
        try {
            List<Future<?>> stops = new ArrayList<>();
            for (ServiceProcess service : apps) {
                stops.add(pool.submit(() -> stopOne(service, grace, progress)));
            }
            for (Future<?> stop : stops) {
                stop.get();
            }
        } catch (ExecutionException e) {
            throw new PlatformException("stopping a service failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while stopping the services", e);
        } finally {
            pool.shutdown();
        }
    }

    private static void stopOne(Component component, Duration grace, Progress progress) {
        var process = component.process();
        if (process.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        boolean graceful = component.stop(grace);
        progress.report(String.format("%-22s %s (pid %d) in %.1f s", component.name(),
                graceful ? "stopped" : "killed after " + grace.toSeconds() + " s grace", process.get().pid(),
                (System.nanoTime() - start) / 1e9));
    }

    private void announce(Component component, boolean started, Progress progress) {
        String where = config.host() + ":" + component.port();
        progress.report(String.format("%-22s %s", component.name(), started ? "starting on " + where
                : "already running on " + where + " (pid " + component.process().map(ProcessHandle::pid)
                        .map(String::valueOf).orElse("?") + ")"));
    }

    private void createLayout() {
        try {
            config.layout().create();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + config.layout().base(), e);
        }
    }
}
