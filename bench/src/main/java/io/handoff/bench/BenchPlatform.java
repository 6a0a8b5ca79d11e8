package io.handoff.bench;

import io.handoff.bench.profile.JfrProfiles;
import io.handoff.launcher.platform.MailCatcherProcess;
import io.handoff.launcher.platform.Platform;
import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.platform.Progress;
import io.handoff.launcher.token.DevTokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The packaged platform on ports of its own (apart from {@code ./handoff up} and the end-to-end suite), under
 * {@code bench/target/bench-platform}, with the JVM options {@code ./handoff up} gives the services plus what the
 * measurement needs: a loopback webhook receiver, and public-form rate limits out of the way of one load
 * generator that sends everything from one address.
 */
public final class BenchPlatform implements AutoCloseable {

    /**
     * Below Linux's ephemeral range (32768-60999): a port in it can be taken by any outgoing connection, even by a
     * readiness probe that connects to the port before the service listens (a TCP self-connect), as one run here did.
     */
    static final Map<String, String> PORTS = Map.of(
            "HANDOFF_PG_PORT", "27432",
            "HANDOFF_KAFKA_PORT", "27092",
            "HANDOFF_KAFKA_CONTROLLER_PORT", "27093",
            "HANDOFF_CONTACTS_PORT", "28081",
            "HANDOFF_SCHEDULING_PORT", "28082",
            "HANDOFF_OUTCOMES_PORT", "28083",
            "HANDOFF_DEALS_PORT", "28084",
            "HANDOFF_NOTIFICATIONS_PORT", "28085",
            // The mail catcher: apart from ./handoff up's 2525 too.
            "HANDOFF_SMTP_PORT", "27025");

    private static final String NO_RATE_LIMIT = " -Dhandoff.rate-limit.per-ip.capacity=1000000"
            + " -Dhandoff.rate-limit.per-ip.per-minute=1000000 -Dhandoff.rate-limit.per-event-type.capacity=1000000"
            + " -Dhandoff.rate-limit.per-event-type.per-minute=1000000";

    /** The CPU meter's name for this JVM, which makes the load: not part of the platform. */
    public static final String LOAD_GENERATOR = "load generator";

    private final Platform platform;
    private final Progress progress;
    private final Path profiles;

    private BenchPlatform(Platform platform, Progress progress, Path profiles) {
        this.platform = platform;
        this.progress = progress;
        this.profiles = profiles;
    }

    /** Where the services record their profiles, or null without {@code --profile}. */
    Path profiles() {
        return profiles;
    }

    /** {@code profiles}, when given, is the folder where every service records a JFR profile of the whole run. */
    static BenchPlatform create(Path project, Path home, Progress progress, Path profiles) {
        Map<String, String> settings = new HashMap<>(PORTS);
        settings.put("HANDOFF_HOME", home.toString());
        settings.put("HANDOFF_START_TIMEOUT", "300");
        settings.put("HANDOFF_SCHEDULING_JAVA_OPTS", NO_RATE_LIMIT.trim());
        settings.put("HANDOFF_NOTIFICATIONS_JAVA_OPTS",
                "-Dhandoff.webhooks.allow-http=true -Dhandoff.webhooks.allow-private-addresses=true");
        if (profiles != null) {
            JfrProfiles.addRecordings(settings, profiles);
        }
        Path brokerLib = project.resolve("handoff-launcher/target/lib");
        if (Files.isDirectory(brokerLib)) {
            settings.put("HANDOFF_KAFKA_CLASSPATH", brokerLib.resolve("*").toString());
        }
        Platform platform = Platform.afresh(PlatformConfig.fromEnvironment(project, settings), progress);
        return new BenchPlatform(platform, progress, profiles);
    }

    Platform platform() {
        return platform;
    }

    PlatformConfig config() {
        return platform.config();
    }

    DevTokens tokens() {
        return DevTokens.fromKeyDirectory(platform.config().layout().keys());
    }

    String url(String service, String path) {
        return platform.service(service).baseUrl() + path;
    }

    /**
     * Every running process of the platform by component: PostgreSQL (with its backends), Kafka, the services. The
     * local mail catcher is left out: it stands in for the team's own mail server, as the webhook receiver stands in
     * for theirs, and is no part of what a deployment runs.
     */
    Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> named = new LinkedHashMap<>();
        platform.components().stream().filter(c -> !c.name().equals(MailCatcherProcess.NAME))
                .forEach(c -> c.process().ifPresent(p -> named.put(c.name(), p)));
        return named;
    }

    /** The platform's processes and this JVM as the load generator, for the CPU meter. */
    Map<String, ProcessHandle> processesWithLoadGenerator() {
        Map<String, ProcessHandle> named = processes();
        named.put(LOAD_GENERATOR, ProcessHandle.current());
        return named;
    }

    @Override
    public void close() {
        platform.stop(progress);
    }
}
