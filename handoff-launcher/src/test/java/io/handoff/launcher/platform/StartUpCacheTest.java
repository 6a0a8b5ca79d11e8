package io.handoff.launcher.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartUpCacheTest {

    private static final List<String> OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC");

    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void anApplication() throws IOException {
        Path app = Files.createDirectories(dir.resolve("contacts-service/target/quarkus-app"));
        jar = Files.writeString(app.resolve("quarkus-run.jar"), "run");
        Files.createDirectories(app.resolve("lib/main"));
        Files.writeString(app.resolve("lib/main/a-library.jar"), "library");
        age(app.resolve("lib/main/a-library.jar"), 3600);
        age(jar, 3600);
    }

    @Test
    void shouldOnlyExistOnJava25AndLater() throws IOException {
        assertThat(StartUpCache.of(java("17.0.15"), jar, OPTIONS)).isEmpty();
        assertThat(StartUpCache.of(java("21.0.7"), jar, OPTIONS)).isEmpty();
        assertThat(StartUpCache.of(java("25.0.3"), jar, OPTIONS)).isPresent();
        assertThat(StartUpCache.of(java("26-ea"), jar, OPTIONS)).isPresent();
        assertThat(StartUpCache.of(dir.resolve("no-such-jdk/bin/java"), jar, OPTIONS)).isEmpty();
    }

    @Test
    void shouldSitNextToTheJarAndNameTheRuntimeAndOptionsItWasTrainedWith() throws IOException {
        StartUpCache cache = StartUpCache.of(java("25.0.3"), jar, OPTIONS).orElseThrow();

        assertThat(cache.file().getParent()).isEqualTo(jar.getParent());
        assertThat(cache.file().getFileName().toString()).startsWith("handoff-").endsWith(".aot");
        assertThat(StartUpCache.of(java("25.0.3"), jar, OPTIONS).orElseThrow().file()).isEqualTo(cache.file());
        assertThat(StartUpCache.of(java("25.0.4"), jar, OPTIONS).orElseThrow().file()).isNotEqualTo(cache.file());
        assertThat(StartUpCache.of(java("25.0.3"), jar, List.of("-Xmx256m")).orElseThrow().file())
                .isNotEqualTo(cache.file());
    }

    @Test
    void shouldBeCurrentOnlyWhenWrittenAfterEveryJarOfTheApplication() throws IOException {
        StartUpCache cache = StartUpCache.of(java("25.0.3"), jar, OPTIONS).orElseThrow();
        assertThat(cache.isCurrent()).as("not trained yet").isFalse();

        Files.writeString(cache.file(), "cache");
        assertThat(cache.isCurrent()).isTrue();

        Files.writeString(jar.getParent().resolve("lib/main/a-library.jar"), "rebuilt");
        assertThat(cache.isCurrent()).as("a jar rebuilt after the training").isFalse();
    }

    @Test
    void shouldStartFromTheCacheOrTrainIt() throws IOException {
        StartUpCache cache = StartUpCache.of(java("25.0.3"), jar, OPTIONS).orElseThrow();

        assertThat(cache.useOptions()).contains("-XX:AOTCache=" + cache.file());
        assertThat(cache.trainingOptions()).contains("-XX:AOTCacheOutput=" + cache.file());
    }

    @Test
    void shouldRemoveEarlierCachesWhenTraining() throws IOException {
        Path app = jar.getParent();
        Path older = Files.writeString(app.resolve("handoff-0ld.aot"), "older options");
        Path leftOver = Files.writeString(app.resolve("handoff-0ld.aot.config"), "an interrupted training");
        Path unrelated = Files.writeString(app.resolve("app.aot"), "not ours");

        StartUpCache.of(java("25.0.3"), jar, OPTIONS).orElseThrow().removeEarlier();

        assertThat(older).doesNotExist();
        assertThat(leftOver).doesNotExist();
        assertThat(unrelated).exists();
        assertThat(jar).exists();
    }

    @Test
    void shouldBeOffWhenAsked() {
        assertThat(PlatformConfig.fromEnvironment(dir, Map.of()).startUpCaches()).isTrue();
        assertThat(PlatformConfig.fromEnvironment(dir, Map.of("HANDOFF_AOT_CACHE", "off")).startUpCaches()).isFalse();
        assertThat(PlatformConfig.fromEnvironment(dir, Map.of("HANDOFF_AOT_CACHE", "off"))
                .startUpCache(ServiceDefinition.defaults().get(0))).isEmpty();
    }

    /** A JDK folder with only what StartUpCache reads: its release file. */
    private Path java(String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk-" + version));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home.resolve("bin/java");
    }

    private static void age(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(seconds)));
    }
}
