package io.handoff.launcher.demo;

import io.handoff.launcher.platform.Platform;
import io.handoff.launcher.platform.ServiceProcess;
import io.handoff.launcher.token.DevTokens;
import io.handoff.launcher.token.Role;
import io.handoff.launcher.token.TokenSubject;

import java.io.PrintStream;

/** Prints what a newcomer needs to try the platform: service URLs, booking forms, users with tokens, a curl line. */
public final class DemoReport {

    private DemoReport() {
    }

    public static void print(PrintStream out, Platform platform, DemoState state, DevTokens tokens) {
        printServices(out, platform);
        ServiceProcess scheduling = platform.service("scheduling-service");
        out.println();
        out.println("Public booking forms of workspace '" + state.workspace().slug() + "' (no token needed):");
        for (DemoState.EventType eventType : state.eventTypes()) {
            out.printf("  %-16s %s/api/v1/public/%s/event-types/%s%n", eventType.name(), scheduling.baseUrl(),
                    state.workspace().slug(), eventType.id());
        }
        out.println();
        out.println("Users of " + state.workspace().name() + " (workspace " + state.workspace().id()
                + "), tokens valid " + DevTokens.DEFAULT_LIFETIME.toHours() + " h:");
        String adminToken = null;
        for (DemoState.User user : state.users()) {
            String token = tokens.mint(TokenSubject.member(state.workspace().id(), user.id(),
                    Role.valueOf(user.role()), user.email()));
            if (Role.ADMIN.name().equals(user.role())) {
                adminToken = token;
            }
            out.printf("  %-12s %-8s %-8s %s  %s%n    %s%n", user.name(), user.role(), user.kind(), user.id(),
                    user.email(), token);
        }
        out.printf("  %-12s %-8s %-8s %s%n    %s%n", "Operator", Role.OPERATOR, "platform", TokenSubject.OPERATOR_ID,
                tokens.operator());
        out.println();
        out.println("Try it (as " + DemoPlan.ADMIN.name() + "):");
        out.println("  export TOKEN=" + adminToken);
        out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + platform.service("contacts-service").baseUrl()
                + "/api/v1/appointment-setting");
        out.println();
        out.println("More tokens: ./handoff token --workspace " + state.workspace().id()
                + " --user <id> --role ADMIN|MANAGER|USER");
        out.println("Sent email: ./handoff mail   Stop: ./handoff down   Logs: ./handoff logs <name>");
    }

    public static void printServices(PrintStream out, Platform platform) {
        out.println("Console:   " + platform.console().baseUrl() + "/  (sign in as any demo user)");
        out.println("Services:");
        for (ServiceProcess service : platform.services()) {
            out.printf("  %-22s %-22s openapi %s/q/openapi  health %s/q/health%n", service.name(),
                    service.baseUrl(), service.baseUrl(), service.baseUrl());
        }
        out.println("  PostgreSQL             " + platform.config().jdbcUrl("<database>") + " (user postgres)");
        out.println("  Kafka                  " + platform.config().kafkaBootstrap());
        printMail(out, platform);
    }

    /** Where the services' email goes: to the catcher, never out, and how to read it. */
    public static void printMail(PrintStream out, Platform platform) {
        out.println("  Mail                   smtp://" + platform.config().smtpAddress()
                + " catches every email the services send (nothing leaves this machine): ./handoff mail");
    }
}
