package io.handoff.launcher.platform;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the platform's processes need to know: folders, ports, JVM options. Built from environment-style
 * settings so that the CLI (real environment) and tests (a map) configure it the same way.
 */
public record PlatformConfig(
        Path projectDir,
        StateLayout layout,
        String host,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int smtpPort,
        List<ServiceDefinition> services,
        ServiceDefinition console,
        Path java,
        String kafkaClasspath,
        List<String> kafkaJvmOptions,
        List<String> serviceJvmOptions,
        Duration startTimeout,
        boolean startUpCaches) {

    /** Everything listens on loopback only: this is a developer's machine, not a server. */
    public static final String HOST = "127.0.0.1";
    public static final String DATABASE_USER = "postgres";
    public static final String DATABASE_PASSWORD = "postgres";

    /**
     * Five small JVMs share a developer's few cores: the serial collector starting from a small heap and the C1
     * compiler only. Measured with `./handoff up` on 2 cores and Java 25 against the former `-Xmx512m` (G1, both
     * compilers): healthy in 27 s instead of 37-41 s, 1,071 MB RSS for the five instead of 1,378-1,596 MB, 54 ms/s
     * of CPU idle instead of 79-90 (bench/README.md). The JVM hands the native memory it freed back every 5 s
     * (glibc keeps it otherwise): 4-6 MB less per service idle.
     */
    static final String SERVICE_JAVA_OPTIONS =
            "-Xmx512m -Xms32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000";

    /**
     * The broker of one developer's platform: the services' collector and compiler, a heap of 256 MB at most (it
     * keeps 45-55 MB live; the records themselves are in the page cache). With the former {@code -Xms128m -Xmx512m
     * -XX:+UseG1GC} and the log cleaner's default key table it held 431 MB idle; now about 175 MB.
     */
    static final String KAFKA_JAVA_OPTIONS =
            "-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000";

    /** The console holds no data and streams bodies through: after the services' options, a smaller heap. */
    static final String CONSOLE_JAVA_OPTIONS = "-Xmx128m";

    public static PlatformConfig fromEnvironment(Path projectDir, Map<String, String> env) {
        Path project = projectDir.toAbsolutePath().normalize();
        Function<String, String> setting = key -> blankToNull(env.get(key));
        String home = setting.apply("HANDOFF_HOME");
        List<ServiceDefinition> services = ServiceDefinition.defaults().stream()
                .map(s -> s.withPort(port(env, s.portVariable(), s.port()))
                        .withJvmOptions(words(orDefault(setting.apply(s.javaOptionsVariable()), () -> ""))))
                .toList();
        return new PlatformConfig(
                project,
                new StateLayout(home != null ? Path.of(home) : project.resolve(".handoff")),
                HOST,
                port(env, "HANDOFF_PG_PORT", 15432),
                port(env, "HANDOFF_KAFKA_PORT", 9092),
                port(env, "HANDOFF_KAFKA_CONTROLLER_PORT", 9093),
                // Not 25: that needs root, and may be a real mail server's.
                port(env, "HANDOFF_SMTP_PORT", 2525),
                services,
                ServiceDefinition.console(port(env, "HANDOFF_CONSOLE_PORT", ServiceDefinition.CONSOLE_PORT))
                        .withJvmOptions(words(orDefault(setting.apply("HANDOFF_CONSOLE_JAVA_OPTS"), () -> CONSOLE_JAVA_OPTIONS))),
                Path.of(System.getProperty("java.home"), "bin", "java"),
                orDefault(setting.apply("HANDOFF_KAFKA_CLASSPATH"), PlatformConfig::launcherClasspath),
                words(orDefault(setting.apply("HANDOFF_KAFKA_JAVA_OPTS"), () -> KAFKA_JAVA_OPTIONS)),
                words(orDefault(setting.apply("HANDOFF_SERVICE_JAVA_OPTS"), () -> SERVICE_JAVA_OPTIONS)),
                Duration.ofSeconds(Long.parseLong(orDefault(setting.apply("HANDOFF_START_TIMEOUT"), () -> "180"))),
                !"off".equalsIgnoreCase(setting.apply("HANDOFF_AOT_CACHE")));
    }

    public ServiceDefinition service(String name) {
        return services.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no service named " + name));
    }

    /** The command-line options of one service's JVM: those every service gets, then its own. */
    public List<String> jvmOptions(ServiceDefinition service) {
        List<String> options = new ArrayList<>(serviceJvmOptions);
        options.addAll(service.jvmOptions());
        return List.copyOf(options);
    }

    /** The service's start-up cache, when caches are on and the platform's Java has them (25 and newer). */
    public Optional<StartUpCache> startUpCache(ServiceDefinition service) {
        return startUpCaches ? StartUpCache.of(java, service.jar(projectDir), jvmOptions(service)) : Optional.empty();
    }

    public String kafkaBootstrap() {
        return host + ":" + kafkaPort;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + postgresPort + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + postgresPort + "/" + database;
    }

    /**
     * The broker needs Kafka, Scala and log4j on its classpath. Packaged, they sit in {@code lib/} next to the
     * launcher jar; in a test JVM the launcher's dependencies are already on our own classpath.
     */
    static String launcherClasspath() {
        try {
            Path location = Path.of(PlatformConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = location.getParent().resolve("lib");
            if (Files.isRegularFile(location) && Files.isDirectory(lib)) {
                return lib.resolve("*").toString();
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // Fall through to our own classpath.
        }
        return System.getProperty("java.class.path");
    }

    /**
     * The classpath of this JVM, for the JVMs the launcher runs of its own code (the mail catcher). It works
     * wherever the launcher runs: {@code java -jar} of the launcher's or the benchmark's jar (whose manifest
     * names {@code lib/}, and a jar on {@code -cp} brings its manifest's classpath along) or a test JVM.
     */
    public static String ownClasspath() {
        return System.getProperty("java.class.path");
    }

    public String smtpAddress() {
        return host + ":" + smtpPort;
    }

    private static int port(Map<String, String> env, String key, int fallback) {
        String value = blankToNull(env.get(key));
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a port number, not '" + value + "'");
        }
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String orDefault(String value, Supplier<String> fallback) {
        return value != null ? value : fallback.get();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
