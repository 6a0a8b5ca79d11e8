package io.handoff.e2e;

import io.handoff.launcher.console.ConsoleUsers;
import io.handoff.launcher.platform.Platform;
import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.platform.Progress;
import io.handoff.launcher.platform.ServiceProcess;
import io.handoff.launcher.token.DevTokens;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The real platform, started once for the whole suite on ports apart from {@code ./handoff up}, under
 * {@code target/e2e-platform}, and stopped when JUnit closes its root store.
 */
final class E2ePlatform implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    static final Map<String, String> SETTINGS = Map.of(
            "HANDOFF_PG_PORT", "25432",
            "HANDOFF_KAFKA_PORT", "29092",
            "HANDOFF_KAFKA_CONTROLLER_PORT", "29093",
            "HANDOFF_CONTACTS_PORT", "18081",
            "HANDOFF_SCHEDULING_PORT", "18082",
            "HANDOFF_OUTCOMES_PORT", "18083",
            "HANDOFF_DEALS_PORT", "18084",
            "HANDOFF_NOTIFICATIONS_PORT", "18085",
            "HANDOFF_CONSOLE_PORT", "18080",
            // The mail catcher: apart from ./handoff up's 2525 too.
            "HANDOFF_SMTP_PORT", "12525");

    /** How far ahead outcomes-service's clock runs. */
    static final String OUTCOMES_CLOCK_OFFSET = "P30D";

    /**
     * Webhook retries for a receiver that is down for minutes, not hours: quick first steps, then every 10 s for
     * about 15 minutes, longer than any outage the suite causes.
     */
    static final String WEBHOOK_RETRY_DELAYS = "1s,2s,5s," + String.join(",", java.util.Collections.nCopies(90, "10s"));

    private static final Progress LOG = message -> System.out.println("[e2e-platform] " + message);

    private final Platform platform;
    private final DevTokens tokens;
    private final Instant startedAt = Instant.now();

    private E2ePlatform(Platform platform) {
        this.platform = platform;
        this.tokens = DevTokens.fromKeyDirectory(platform.config().layout().keys());
    }

    static E2ePlatform start() {
        Path project = Path.of(System.getProperty("handoff.project.dir", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("handoff.e2e.home", "target/e2e-platform")).toAbsolutePath();
        Map<String, String> settings = new java.util.HashMap<>(SETTINGS);
        settings.put("HANDOFF_HOME", home.toString());
        settings.put("HANDOFF_START_TIMEOUT", "300");
        // The test's webhook receiver listens on plain http on loopback; only notifications-service reads these.
        settings.put("HANDOFF_SERVICE_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1"
                + " -Dhandoff.webhooks.allow-http=true -Dhandoff.webhooks.allow-private-addresses=true");
        // Calls are booked minutes ahead; outcomes-service lives a month later, so they have ended for it.
        settings.put("HANDOFF_OUTCOMES_JAVA_OPTS", "-Dhandoff.clock.offset=" + OUTCOMES_CLOCK_OFFSET);
        settings.put("HANDOFF_NOTIFICATIONS_JAVA_OPTS", "-Dhandoff.webhooks.retry-delays=" + WEBHOOK_RETRY_DELAYS);
        Path brokerLib = project.resolve("handoff-launcher/target/lib");
        if (Files.isDirectory(brokerLib)) {
            settings.put("HANDOFF_KAFKA_CLASSPATH", brokerLib.resolve("*").toString());
        }
        Platform platform = Platform.afresh(PlatformConfig.fromEnvironment(project, settings), LOG);
        platform.start(LOG);
        platform.startConsole(LOG);
        return new E2ePlatform(platform);
    }

    Platform platform() {
        return platform;
    }

    DevTokens tokens() {
        return tokens;
    }

    /** The sign-in page's users: each test that opens the console adds its workspace's members. */
    ConsoleUsers consoleUsers() {
        return new ConsoleUsers(platform.config().layout().consoleUsers());
    }

    /** The console's address, e.g. {@code console("/#/contacts")}. */
    String console(String path) {
        return platform.console().baseUrl() + path;
    }

    String url(String service, String path) {
        ServiceProcess process = platform.service(service);
        return process.baseUrl() + path;
    }

    String contacts(String path) {
        return url("contacts-service", "/api/v1" + path);
    }

    String scheduling(String path) {
        return url("scheduling-service", "/api/v1" + path);
    }

    String outcomes(String path) {
        return url("outcomes-service", "/api/v1" + path);
    }

    String deals(String path) {
        return url("deals-service", "/api/v1" + path);
    }

    String notifications(String path) {
        return url("notifications-service", "/api/v1" + path);
    }

    @Override
    public void close() {
        try {
            E2eSummary.print(startedAt);
        } finally {
            platform.stop(LOG);
        }
    }
}
