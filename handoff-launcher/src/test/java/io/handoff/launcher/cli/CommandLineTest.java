package io.handoff.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void shouldSplitCommandOptionsFlagsAndArguments() {
        CommandLine line = CommandLine.parse("token", "--role", "ADMIN", "--workspace=ws", "--no-seed", "extra");

        assertThat(line.command()).isEqualTo("token");
        assertThat(line.option("role")).contains("ADMIN");
        assertThat(line.option("workspace")).contains("ws");
        assertThat(line.flag("no-seed")).isTrue();
        assertThat(line.arguments()).containsExactly("extra");
    }

    @Test
    void shouldReadShortLinesOptionOfLogs() {
        CommandLine line = CommandLine.parse("logs", "kafka", "-n", "50", "--no-follow");

        assertThat(line.arguments()).containsExactly("kafka");
        assertThat(line.option("lines")).contains("50");
        assertThat(line.flag("no-follow")).isTrue();
    }

    @Test
    void shouldDefaultToHelp() {
        assertThat(CommandLine.parse().command()).isEqualTo("help");
    }

    @Test
    void shouldRefuseOptionWithoutValue() {
        assertThatThrownBy(() -> CommandLine.parse("token", "--role"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--role");
    }
}
