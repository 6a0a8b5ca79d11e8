package io.handoff.launcher.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code ./handoff} picks the Java it runs the launcher and the services on, over a fake tree of JDKs. */
class JavaChoiceTest {

    @TempDir
    Path dir;

    private HandoffScript script;
    private Path jvm;
    private Path sdkman;

    @BeforeEach
    void setUp() throws IOException {
        script = new HandoffScript(dir);
        jvm = Files.createDirectories(dir.resolve("usr-lib-jvm"));
        sdkman = Files.createDirectories(dir.resolve("sdkman/candidates/java"));
    }

    @Test
    void shouldPickTheNewestJdkOf21OrLaterOverTheJavaOnPath() throws Exception {
        Path java17 = jdk(jvm.resolve("java-17-openjdk"), "17.0.15");
        jdk(jvm.resolve("temurin-21-jdk"), "21.0.7");
        Path temurin25 = jdk(jvm.resolve("temurin-25-jdk"), "25.0.3");
        jdk(sdkman.resolve("24.0.1-tem"), "24.0.1");
        Files.createSymbolicLink(script.tools().resolve("java"), java17.resolve("bin/java"));

        HandoffScript.Result result = choose(Map.of());

        assertThat(result.stdout().strip()).isEqualTo(temurin25.resolve("bin/java").toString());
        assertThat(result.stderr()).contains("==> Java 25.0.3: " + temurin25);
    }

    @Test
    void shouldCompareFullVersionsNotJustTheFeatureNumber() throws Exception {
        jdk(jvm.resolve("jdk-21.0.2"), "21.0.2");
        Path newer = jdk(sdkman.resolve("21.0.10-tem"), "21.0.10");

        assertThat(choose(Map.of()).stdout().strip()).isEqualTo(newer.resolve("bin/java").toString());
    }

    @Test
    void shouldKeepJavaHomeWhenItIs21OrLater() throws Exception {
        Path home = jdk(dir.resolve("my-jdk"), "22.0.2");
        jdk(jvm.resolve("temurin-25-jdk"), "25.0.3");

        assertThat(choose(Map.of("JAVA_HOME", home.toString())).stdout().strip())
                .isEqualTo(home.resolve("bin/java").toString());
    }

    @Test
    void shouldLookPastJavaHomeOf17ForANewerJdk() throws Exception {
        Path home = jdk(dir.resolve("maven-jdk"), "17.0.15");
        Path temurin25 = jdk(jvm.resolve("temurin-25-jdk"), "25.0.3");

        assertThat(choose(Map.of("JAVA_HOME", home.toString())).stdout().strip())
                .isEqualTo(temurin25.resolve("bin/java").toString());
    }

    @Test
    void shouldRunOn17WhenThatIsAllThereIsAndSaySo() throws Exception {
        jdk(jvm.resolve("java-8-openjdk"), "1.8.0_392");
        Path java17 = jdk(jvm.resolve("java-17-openjdk"), "17.0.15");

        HandoffScript.Result result = choose(Map.of());

        assertThat(result.exit()).isZero();
        assertThat(result.stdout().strip()).isEqualTo(java17.resolve("bin/java").toString());
        assertThat(result.stderr()).contains("==> Java 17.0.15: " + java17)
                .contains("no JDK 21 or newer found");
    }

    @Test
    void shouldAskJavaItselfWhenTheJdkHasNoReleaseFile() throws Exception {
        Path jre = jdk(jvm.resolve("some-jre"), "22.0.1");
        Files.delete(jre.resolve("release"));

        assertThat(choose(Map.of()).stdout().strip()).isEqualTo(jre.resolve("bin/java").toString());
    }

    @Test
    void shouldRefuseJava8Alone() throws Exception {
        jdk(jvm.resolve("java-8-openjdk"), "1.8.0_392");

        HandoffScript.Result result = choose(Map.of());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.stderr()).contains("no Java 17 or newer found");
    }

    private HandoffScript.Result choose(Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>(extra);
        env.put("HOME", dir.toString());
        env.put("HANDOFF_JDK_FOLDERS", jvm + "/*:" + sdkman + "/*");
        return script.run("find_java; say_java; echo \"$JAVA\"", env);
    }

    /** A fake JDK: a release file, and a java that answers -XshowSettings like a real one. */
    private static Path jdk(Path home, String version) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/bash\necho '    java.version = " + version + "' >&2\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n",
                StandardCharsets.UTF_8);
        return home.toRealPath();
    }
}
