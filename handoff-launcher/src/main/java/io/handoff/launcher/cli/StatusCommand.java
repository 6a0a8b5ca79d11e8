package io.handoff.launcher.cli;

import io.handoff.launcher.demo.DemoStateFile;
import io.handoff.launcher.platform.Component;
import io.handoff.launcher.platform.Platform;
import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.process.Ports;

import java.io.PrintStream;
import java.nio.file.Path;

/** {@code ./handoff status}: one line per component with its state, pid and port. */
public final class StatusCommand {

    private static final String ROW = "%-22s %-9s %-8s %-6s %s%n";

    private final PlatformConfig config;
    private final PrintStream out;

    public StatusCommand(PlatformConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public int run() {
        Platform platform = new Platform(config);
        out.printf(ROW, "COMPONENT", "STATE", "PID", "PORT", "LOG");
        for (Component component : platform.components()) {
            var process = component.process();
            String state;
            if (process.isPresent()) {
                state = component.isHealthy() ? "healthy" : "starting";
            } else {
                // Someone else on our port is worth knowing about before the next up fails on it.
                state = Ports.isOpen(config.host(), component.port()) ? "foreign" : "stopped";
            }
            out.printf(ROW, component.name(), state, process.map(p -> Long.toString(p.pid())).orElse("-"),
                    component.port(), shortPath(component.logFile()));
        }
        new DemoStateFile(config.layout().demoFile()).read().filter(s -> s.workspace() != null).ifPresent(s ->
                out.println("\nDemo workspace " + s.workspace().slug() + " (" + s.workspace().id()
                        + "); ./handoff up reprints its tokens."));
        return 0;
    }

    private String shortPath(Path file) {
        return file.startsWith(config.projectDir()) ? config.projectDir().relativize(file).toString() : file.toString();
    }
}
