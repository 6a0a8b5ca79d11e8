package io.handoff.launcher.cli;

import io.handoff.launcher.platform.Component;
import io.handoff.launcher.platform.Platform;
import io.handoff.launcher.platform.PlatformConfig;

import java.io.PrintStream;

/** {@code ./handoff down}: stops the services, then Kafka, then PostgreSQL; the data stays for the next up. */
public final class DownCommand {

    private final PlatformConfig config;
    private final PrintStream out;

    public DownCommand(PlatformConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public int run() {
        Platform platform = new Platform(config);
        Console console = new Console(out);
        if (platform.components().stream().noneMatch(Component::isRunning)) {
            console.step("Nothing is running");
            return 0;
        }
        console.step("Stopping Handoff");
        long start = System.nanoTime();
        platform.stop(console);
        console.step(String.format("Stopped in %.1f s; data kept in %s", (System.nanoTime() - start) / 1e9,
                config.layout().base()));
        return 0;
    }
}
