package io.handoff.launcher.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One service's ahead-of-time cache (Java 25, JEP 483/514/515): the classes its start-up loads and links, read,
 * parsed and linked once in a training run and mapped from a file at every later start. Measured on this 2-core
 * machine, contacts-service alone went from 4.8 s to 2.1 s until ready (bench/README.md).
 *
 * <p>The cache sits next to the jar it was trained on ({@code target/quarkus-app}), so a rebuild leaves it behind
 * as outdated and {@code mvn clean} removes it. Its name carries a digest of the Java runtime and the JVM options,
 * because the JVM refuses a cache made by another runtime or with other options, and would then only say so in a
 * warning. A JVM only writes the cache when it exits normally, after it has assembled it (about 25 s per service
 * here): training is therefore a start and a graceful stop of its own, not something a running service does.
 */
public final class StartUpCache {

    /** The first Java with one-step training ({@code -XX:AOTCacheOutput}, JEP 514). */
    static final int FIRST_JAVA = 25;

    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]+)\"");
    private static final String PREFIX = "handoff-";
    private static final String SUFFIX = ".aot";
    private static final Pattern LEADING_DIGITS = Pattern.compile("^\\d+");
    /**
     * Only errors of the AOT machinery reach the service's log: a training run warns of every class it skips
     * (proxies, JFR events, unlinked optional TLS classes), and those are many and harmless.
     */
    private static final String ERRORS_ONLY = "-Xlog:aot=error";

    private final Path appFolder;
    private final Path file;

    private StartUpCache(Path appFolder, Path file) {
        this.appFolder = appFolder;
        this.file = file;
    }

    /**
     * The cache a service started with {@code java} and {@code jvmOptions} from {@code jar} would use; empty when
     * that Java has no one-step AOT cache (17 and 21 start as before).
     */
    public static Optional<StartUpCache> of(Path java, Path jar, List<String> jvmOptions) {
        Optional<String> version = javaVersion(java);
        if (version.isEmpty() || major(version.get()) < FIRST_JAVA) {
            return Optional.empty();
        }
        String digest = Integer.toHexString((version.get() + " " + String.join(" ", jvmOptions)).hashCode());
        Path folder = jar.toAbsolutePath().getParent();
        return Optional.of(new StartUpCache(folder, folder.resolve(PREFIX + digest + SUFFIX)));
    }

    public Path file() {
        return file;
    }

    /** True when the cache exists and is newer than every jar of the application it was trained on. */
    public boolean isCurrent() {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Stream<Path> jars = Files.walk(appFolder)) {
            FileTime trained = Files.getLastModifiedTime(file);
            return jars.filter(p -> p.toString().endsWith(".jar"))
                    .allMatch(jar -> lastModified(jar).compareTo(trained) < 0);
        } catch (IOException e) {
            return false;
        }
    }

    /** The JVM options of a start that uses the cache. */
    public List<String> useOptions() {
        return List.of("-XX:AOTCache=" + file, ERRORS_ONLY);
    }

    /** The JVM options of a training run, which records what start-up loads and writes the cache when the JVM exits. */
    public List<String> trainingOptions() {
        return List.of("-XX:AOTCacheOutput=" + file, ERRORS_ONLY);
    }

    /**
     * Removes this application's earlier caches (other options, an older runtime) and what an interrupted training
     * left, before a new training writes its own.
     */
    public void removeEarlier() {
        try (Stream<Path> old = Files.list(appFolder)) {
            for (Path cache : old.filter(StartUpCache::isCacheFile).toList()) {
                Files.deleteIfExists(cache);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the old start-up caches in " + appFolder, e);
        }
    }

    private static boolean isCacheFile(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(PREFIX) && (name.endsWith(SUFFIX) || name.endsWith(SUFFIX + ".config"));
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runtime's version from its {@code release} file (no JVM is started to ask). */
    static Optional<String> javaVersion(Path java) {
        Path home = java.toAbsolutePath().getParent().getParent();
        try {
            Matcher matcher = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static int major(String version) {
        String first = version.startsWith("1.") ? version.substring(2) : version;
        Matcher digits = LEADING_DIGITS.matcher(first);
        return digits.find() ? Integer.parseInt(digits.group()) : 0;
    }
}
