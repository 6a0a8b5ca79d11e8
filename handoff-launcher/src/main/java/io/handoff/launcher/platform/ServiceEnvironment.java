package io.handoff.launcher.platform;

import io.handoff.launcher.token.DevTokens;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment variables that point one service at the local database, broker, mail catcher and token key. */
public final class ServiceEnvironment {

    /** The one service that sends email (reminders, alerts, handoff briefs). */
    static final String MAIL_SENDER = "notifications-service";

    private ServiceEnvironment() {
    }

    public static Map<String, String> of(ServiceDefinition service, PlatformConfig config) {
        if (service.isConsole()) {
            return console(service, config);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("QUARKUS_DATASOURCE_USERNAME", PlatformConfig.DATABASE_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PlatformConfig.DATABASE_PASSWORD);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", config.reactiveUrl(service.database()));
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", config.layout().publicKey().toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        if (service.name().equals(MAIL_SENDER)) {
            // Its mailer reads these two: email goes to the local mail catcher, never to a real server.
            env.put("HANDOFF_SMTP_HOST", config.host());
            env.put("HANDOFF_SMTP_PORT", Integer.toString(config.smtpPort()));
        }
        return env;
    }

    /**
     * The console listens on loopback only (its sign-in page hands out the demo users' tokens), forwards to the local
     * services and lists the users of the launcher's sign-in file.
     */
    private static Map<String, String> console(ServiceDefinition console, PlatformConfig config) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(console.port()));
        env.put("QUARKUS_HTTP_HOST", config.host());
        for (ServiceDefinition service : config.services()) {
            env.put("HANDOFF_" + service.shortName().toUpperCase(java.util.Locale.ROOT) + "_URL",
                    service.baseUrl(config.host()));
        }
        env.put("HANDOFF_CONSOLE_DEV_USERS_FILE", config.layout().consoleUsers().toString());
        return env;
    }
}
