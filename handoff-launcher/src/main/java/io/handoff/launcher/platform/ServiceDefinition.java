package io.handoff.launcher.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One of the five services, or the console: its module name, HTTP port, the database it owns (none for the console,
 * which keeps no data) and the JVM options it alone gets (after the options every service gets).
 */
public record ServiceDefinition(String name, int port, String database, List<String> jvmOptions) {

    public ServiceDefinition {
        jvmOptions = List.copyOf(jvmOptions);
    }

    public ServiceDefinition(String name, int port, String database) {
        this(name, port, database, List.of());
    }

    public static final String CONSOLE = "console";
    public static final int CONSOLE_PORT = 8080;

    /** The web app: a Quarkus jar like the services, that owns no database and reads no topic. */
    public static ServiceDefinition console(int port) {
        return new ServiceDefinition(CONSOLE, port, null);
    }

    public boolean isConsole() {
        return CONSOLE.equals(name);
    }

    public static List<ServiceDefinition> defaults() {
        return List.of(
                new ServiceDefinition("contacts-service", 8081, "contacts"),
                new ServiceDefinition("scheduling-service", 8082, "scheduling"),
                new ServiceDefinition("outcomes-service", 8083, "outcomes"),
                new ServiceDefinition("deals-service", 8084, "deals"),
                new ServiceDefinition("notifications-service", 8085, "notifications"));
    }

    /** The environment variable that moves this service to another port, e.g. HANDOFF_CONTACTS_PORT. */
    public String portVariable() {
        return variable("PORT");
    }

    /** The environment variable with JVM options for this service only, e.g. HANDOFF_OUTCOMES_JAVA_OPTS. */
    public String javaOptionsVariable() {
        return variable("JAVA_OPTS");
    }

    public ServiceDefinition withPort(int newPort) {
        return new ServiceDefinition(name, newPort, database, jvmOptions);
    }

    public ServiceDefinition withJvmOptions(List<String> options) {
        return new ServiceDefinition(name, port, database, options);
    }

    /** The Quarkus fast-jar that {@code ./mvnw install} leaves in the module. */
    public Path jar(Path projectDir) {
        return projectDir.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The topic this service owns and publishes to (one per owning service). */
    public String topic() {
        return "handoff." + database;
    }

    /** The short name the console's settings use, e.g. contacts for contacts-service. */
    public String shortName() {
        return name.replace("-service", "");
    }

    private String variable(String suffix) {
        return "HANDOFF_" + name.replace("-service", "").toUpperCase(Locale.ROOT) + "_" + suffix;
    }

    public String baseUrl(String host) {
        return "http://" + host + ":" + port;
    }
}
