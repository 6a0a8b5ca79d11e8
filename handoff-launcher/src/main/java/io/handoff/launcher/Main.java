package io.handoff.launcher;

import io.handoff.launcher.cli.CommandLine;
import io.handoff.launcher.cli.DownCommand;
import io.handoff.launcher.cli.LogsCommand;
import io.handoff.launcher.cli.MailCommand;
import io.handoff.launcher.cli.StatusCommand;
import io.handoff.launcher.cli.TokenCommand;
import io.handoff.launcher.cli.UpCommand;
import io.handoff.launcher.cli.Usage;
import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.platform.PlatformException;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Entry point of {@code ./handoff}: picks the subcommand and turns known failures into one readable line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Exit explicitly: Kafka and HTTP clients may leave non-daemon threads behind for a moment.
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.wantsHelp() && Usage.knows(line.command())) {
                return Usage.printCommand(line.command(), out);
            }
            // The script passes the project root; a test or IDE run falls back to the working directory.
            Path project = Path.of(System.getProperty("handoff.project", "."));
            PlatformConfig config = PlatformConfig.fromEnvironment(project, System.getenv());
            return switch (line.command()) {
                case "up" -> new UpCommand(config, out).run(line);
                case "down" -> new DownCommand(config, out).run();
                case "status" -> new StatusCommand(config, out).run();
                case "logs" -> new LogsCommand(config).run(line);
                case "mail" -> new MailCommand(config, out).run(line);
                case "token" -> new TokenCommand(config, out).run(line);
                case "help", "--help", "-h" -> line.arguments().isEmpty() ? Usage.print(out, 0)
                        : Usage.printCommand(line.arguments().get(0), out);
                // ./handoff runs the benchmark's own jar; only bench --help comes here.
                case "bench" -> {
                    err.println("handoff: the benchmark runs through ./handoff bench, not the launcher jar");
                    yield 2;
                }
                default -> {
                    err.println("handoff: unknown command '" + line.command() + "'");
                    yield Usage.print(err, 2);
                }
            };
        } catch (PlatformException | IllegalArgumentException | UncheckedIOException e) {
            err.println();
            err.println("handoff: " + e.getMessage());
            return 1;
        }
    }
}
