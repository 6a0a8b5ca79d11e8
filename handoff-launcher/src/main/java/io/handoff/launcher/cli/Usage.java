package io.handoff.launcher.cli;

import java.io.PrintStream;

/** The help text of {@code ./handoff}. */
public final class Usage {

    private static final String TEXT = """
            Usage: ./handoff <command>

              up [--infra-only] [--no-seed]
                   Build if needed, start PostgreSQL, Kafka and the five services in the background, wait until
                   they are healthy, seed the demo workspace and print URLs and tokens. Safe to run again.
                   --infra-only starts only PostgreSQL and Kafka (for running a service with quarkus:dev).
              down                 Stop the services, then Kafka, then PostgreSQL. Data is kept.
              status               State, pid and port of every component.
              logs <name> [-n N] [--no-follow]
                   Follow a log: postgres, kafka, contacts-service, scheduling-service, outcomes-service,
                   deals-service or notifications-service.
              token --role ADMIN|MANAGER|USER|OPERATOR [--workspace <id>] [--user <id>] [--email <e>] [--hours <h>]
                   Print a signed development JWT (12 h). OPERATOR needs no workspace and defaults its user
                   to 00000000-0000-0000-0000-000000000001.
              bench [--quick]
                   Run the platform benchmark on ports of its own (PostgreSQL 27432, Kafka 27092, services
                   28081-28085; about 25 minutes) and write bench/results/latest.md and latest.png. --quick is a
                   smoke run of a few minutes whose figures are not the benchmark's. See bench/README.md.

            Everything lives in .handoff/ (data, logs, pid files, keys, demo.json); delete it to start afresh.
            Environment: HANDOFF_PG_PORT (15432), HANDOFF_KAFKA_PORT (9092), HANDOFF_KAFKA_CONTROLLER_PORT (9093),
              HANDOFF_CONTACTS_PORT (8081) … HANDOFF_NOTIFICATIONS_PORT (8085), HANDOFF_HOME (state folder),
              HANDOFF_SERVICE_JAVA_OPTS (every service), HANDOFF_CONTACTS_JAVA_OPTS … HANDOFF_NOTIFICATIONS_JAVA_OPTS
              (one service, after the shared ones), HANDOFF_KAFKA_JAVA_OPTS, HANDOFF_START_TIMEOUT (seconds, 180),
              HANDOFF_SKIP_BUILD=1 (never run Maven), JAVA_HOME.
            """;

    private Usage() {
    }

    public static int print(PrintStream out, int exitCode) {
        out.print(TEXT);
        return exitCode;
    }
}
