package io.handoff.launcher.cli;

import io.handoff.launcher.platform.Component;
import io.handoff.launcher.platform.Platform;
import io.handoff.launcher.platform.PlatformConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code ./handoff logs <name>}: shows and follows one component's log through tail(1). */
public final class LogsCommand {

    private final PlatformConfig config;

    public LogsCommand(PlatformConfig config) {
        this.config = config;
    }

    public int run(CommandLine line) {
        Platform platform = new Platform(config);
        String names = platform.components().stream().map(Component::name).collect(Collectors.joining(", "));
        if (line.arguments().size() != 1) {
            throw new IllegalArgumentException("usage: ./handoff logs <name> [-n lines] [--no-follow]; names: "
                    + names);
        }
        String name = line.arguments().get(0);
        Component component = platform.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component '" + name + "'; names: " + names));
        Path log = component.logFile();
        if (!Files.exists(log)) {
            throw new IllegalArgumentException(name + " has no log yet (" + log + "): has it ever been started?");
        }
        List<String> command = new ArrayList<>(List.of("tail", "-n", line.option("lines").orElse("200")));
        if (!line.flag("no-follow")) {
            // -F keeps following across a restart that recreates the file.
            command.add("-F");
        }
        command.add(log.toString());
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot run tail: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
