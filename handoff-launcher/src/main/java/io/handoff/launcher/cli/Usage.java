package io.handoff.launcher.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The help text of {@code ./handoff}, and of each command alone for {@code ./handoff <command> --help}. */
public final class Usage {

    /** Each command's own paragraph, in the order the full help lists them. */
    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("up", """
                  up [--infra-only] [--no-seed]
                       Build if needed, start PostgreSQL, Kafka, the mail catcher and the five services in the
                       background, wait until they are healthy, seed the demo workspace, start the console
                       (http://127.0.0.1:8080, sign in as any demo user) and print URLs and tokens.
                       Safe to run again. --infra-only starts only PostgreSQL, Kafka and the mail catcher (for
                       running a service with quarkus:dev); --no-seed leaves the demo workspace out.
                """);
        COMMANDS.put("down", """
                  down                 Stop the console and the services, then Kafka, the mail catcher and PostgreSQL.
                                       Data is kept.
                """);
        COMMANDS.put("status", """
                  status               State, pid and port of every component.
                """);
        COMMANDS.put("logs", """
                  logs <name> [-n N] [--no-follow]
                       Follow a log: postgres, kafka, mail, contacts-service, scheduling-service, outcomes-service,
                       deals-service or notifications-service.
                """);
        COMMANDS.put("mail", """
                  mail [N]
                       List the emails the services sent (time, to, subject), newest last; with N, show message N
                       whole. Nothing leaves this machine: the mail catcher keeps every message in .handoff/mail/.
                """);
        COMMANDS.put("token", """
                  token --role ADMIN|MANAGER|USER|OPERATOR [--workspace <id>] [--user <id>] [--email <e>] [--hours <h>]
                       Print a signed development JWT (12 h). OPERATOR needs no workspace and defaults its user
                       to 00000000-0000-0000-0000-000000000001.
                """);
        COMMANDS.put("bench", """
                  bench [--quick]
                       Run the platform benchmark on ports of its own (PostgreSQL 27432, Kafka 27092, mail 27025,
                       services 28081-28085; about 25 minutes) and write bench/results/latest.md and latest.png.
                       --quick is a smoke run of a few minutes whose figures are not the benchmark's. See
                       bench/README.md.
                """);
    }

    private static final String FOOTER = """

            Every command takes --help (or -h) for its own usage.
            Everything lives in .handoff/ (data, logs, pid files, keys, mail, demo.json); delete it to start afresh.
            Environment: HANDOFF_PG_PORT (15432), HANDOFF_KAFKA_PORT (9092), HANDOFF_KAFKA_CONTROLLER_PORT (9093),
              HANDOFF_SMTP_PORT (2525, the mail catcher), HANDOFF_CONTACTS_PORT (8081) … HANDOFF_NOTIFICATIONS_PORT
              (8085), HANDOFF_HOME (state folder), HANDOFF_SERVICE_JAVA_OPTS (every service),
              HANDOFF_CONTACTS_JAVA_OPTS … HANDOFF_NOTIFICATIONS_JAVA_OPTS (one service, after the shared ones),
              HANDOFF_KAFKA_JAVA_OPTS, HANDOFF_START_TIMEOUT (seconds, 180), HANDOFF_SKIP_BUILD=1 (never run
              Maven), HANDOFF_AOT_CACHE=off (no start-up caches; on Java 25 up trains them once after each build),
              JAVA_HOME (tried first when ./handoff picks the newest JDK, 21 or later if there is one).
            """;

    private Usage() {
    }

    public static int print(PrintStream out, int exitCode) {
        out.println("Usage: ./handoff <command>");
        out.println();
        COMMANDS.values().forEach(out::print);
        out.print(FOOTER);
        return exitCode;
    }

    /** One command's usage; the full help for a command we do not know. */
    public static int printCommand(String command, PrintStream out) {
        Optional<String> text = Optional.ofNullable(COMMANDS.get(command));
        if (text.isEmpty()) {
            return print(out, 0);
        }
        // The paragraph's first line is the synopsis, maybe followed by the description; the rest describes.
        List<String> lines = text.get().strip().lines().toList();
        String[] first = lines.get(0).split(" {2,}", 2);
        out.println("Usage: ./handoff " + first[0]);
        out.println();
        if (first.length > 1) {
            out.println("       " + first[1]);
        }
        lines.stream().skip(1).forEach(out::println);
        return 0;
    }

    public static boolean knows(String command) {
        return COMMANDS.containsKey(command);
    }
}
