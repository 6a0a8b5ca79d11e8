package io.handoff.launcher.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ./handoff} shows of a Maven build: nothing while it succeeds, the errors when it fails. */
class BuildOutputTest {

    private static final String NOISE = """
            Invalid AnsiLogger Stream -> Swapping to default sdt out logger.
            [INFO] Adding existing ConfigMap with name: contacts-service.
            [INFO] Adding existing Deployment with name: contacts-service.
            """;

    @TempDir
    Path dir;

    @Test
    void shouldShowOnlyTheErrorsOfAFailedBuild() throws Exception {
        Path log = dir.resolve("build.log");
        Files.writeString(log, NOISE + """
                [ERROR] /work/deals-service/src/main/java/io/handoff/deals/Deal.java:[12,8] cannot find symbol
                [ERROR]   symbol:   class Money
                [ERROR] -> [Help 1]
                [ERROR]\s
                [ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.
                """, StandardCharsets.UTF_8);

        HandoffScript.Result result = new HandoffScript(dir).run("build_failure_excerpt \"$LOG\"",
                Map.of("LOG", log.toString()));

        assertThat(result.stdout()).isEqualTo("""
                [ERROR] /work/deals-service/src/main/java/io/handoff/deals/Deal.java:[12,8] cannot find symbol
                [ERROR]   symbol:   class Money
                """);
    }

    @Test
    void shouldShowTheEndOfALogWithoutErrorLines() throws Exception {
        Path log = dir.resolve("build.log");
        Files.writeString(log, NOISE + "Error: JAVA_HOME is not defined correctly.\n", StandardCharsets.UTF_8);

        HandoffScript.Result result = new HandoffScript(dir).run("build_failure_excerpt \"$LOG\"",
                Map.of("LOG", log.toString()));

        assertThat(result.stdout()).endsWith("Error: JAVA_HOME is not defined correctly.\n");
    }

    @Test
    void shouldKeepASuccessfulBuildOutOfTheTerminal() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path mvnw = project.resolve("mvnw");
        Files.writeString(mvnw, "#!/bin/bash\nprintf '%s' \"$NOISE\"\necho 'Invalid AnsiLogger Stream' >&2\n",
                StandardCharsets.UTF_8);
        mvnw.toFile().setExecutable(true);

        HandoffScript.Result result = new HandoffScript(dir).run(
                "ROOT=\"$PROJECT\"; BUILD_LOG=\"$PROJECT/build.log\"; run_maven 'the build' -q install",
                Map.of("PROJECT", project.toString(), "NOISE", NOISE));

        assertThat(result.exit()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEmpty();
        assertThat(project.resolve("build.log")).content().contains("Adding existing ConfigMap");
    }
}
