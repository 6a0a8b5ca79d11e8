package io.handoff.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    @ParameterizedTest
    @CsvSource({
            "token --help, ./handoff token --role",
            "token -h, ./handoff token --role",
            "token --role --help, ./handoff token --role",
            "logs --help, ./handoff logs <name>",
            "up -h, ./handoff up [--infra-only]",
            "down --help, ./handoff down",
            "status --help, ./handoff status",
            "mail --help, ./handoff mail [N]",
            "bench --help, ./handoff bench [--quick]",
            "help token, ./handoff token --role"})
    void shouldPrintTheUsageOfTheCommandAskedAbout(String words, String usage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.run(words.split(" "), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: " + usage)
                .doesNotContain("Environment:");
    }
}
