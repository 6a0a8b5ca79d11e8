package io.handoff.launcher.cli;

import io.handoff.launcher.console.ConsoleUsers;
import io.handoff.launcher.demo.DemoReport;
import io.handoff.launcher.demo.DemoSignIn;
import io.handoff.launcher.demo.DemoSeeder;
import io.handoff.launcher.demo.DemoState;
import io.handoff.launcher.platform.Platform;
import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.platform.PlatformException;
import io.handoff.launcher.platform.ServiceProcess;
import io.handoff.launcher.token.DevTokens;

import java.io.PrintStream;
import java.util.List;

/** {@code ./handoff up}: starts what is not running, waits until it is healthy, seeds the demo, prints the way in. */
public final class UpCommand {

    private final PlatformConfig config;
    private final PrintStream out;
    private final Console console;

    public UpCommand(PlatformConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        this.console = new Console(out);
    }

    public int run(CommandLine line) {
        boolean infraOnly = line.flag("infra-only");
        Platform platform = new Platform(config);
        List<ServiceProcess> missing = platform.servicesWithoutJar();
        if (!infraOnly && !missing.isEmpty()) {
            // Say it before starting anything, so a half-built checkout does not leave half a platform running.
            StringBuilder message = new StringBuilder("these services are not built yet:");
            missing.forEach(s -> message.append("\n    ").append(s.name()).append(": ")
                    .append(config.projectDir().relativize(s.jar())).append(" is missing"));
            message.append("\n  Build them with ./mvnw -B -DskipTests install (./handoff up does it unless"
                    + " HANDOFF_SKIP_BUILD=1), or start only PostgreSQL and Kafka with ./handoff up --infra-only.");
            throw new PlatformException(message.toString());
        }
        long start = System.nanoTime();
        console.step("Starting PostgreSQL, Kafka and the mail catcher (state in " + config.layout().base() + ")");
        platform.startInfrastructure(console);
        if (infraOnly) {
            console.step(String.format("Infrastructure ready in %.1f s", seconds(start)));
            out.println("  PostgreSQL  " + config.jdbcUrl("<database>") + "  user postgres, password postgres");
            out.println("  Kafka       " + config.kafkaBootstrap());
            out.println("  Mail        smtp://" + config.smtpAddress()
                    + " (no login; ./handoff mail lists what arrived)");
            return 0;
        }
        if (!platform.untrainedServices().isEmpty()) {
            console.step("Training the services' start-up caches (once after each build, on Java 25; "
                    + "HANDOFF_AOT_CACHE=off skips it)");
            platform.trainStartUpCaches(console);
        }
        console.step("Starting the services");
        platform.startServices(console);
        console.step(String.format("Platform healthy in %.1f s", seconds(start)));
        DevTokens tokens = DevTokens.fromKeyDirectory(config.layout().keys());
        if (line.flag("no-seed")) {
            platform.startConsole(console);
            DemoReport.printServices(out, platform);
            return 0;
        }
        console.step("Demo workspace");
        DemoState state = new DemoSeeder(platform, tokens, console).seed();
        console.report("ids in " + config.layout().demoFile());
        new ConsoleUsers(config.layout().consoleUsers()).replaceAll(DemoSignIn.entries(state, tokens));
        console.step("Starting the console");
        platform.startConsole(console);
        out.println();
        DemoReport.print(out, platform, state, tokens);
        return 0;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
