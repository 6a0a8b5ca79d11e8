package io.handoff.launcher.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    @Test
    void shouldPointServiceAtItsDatabaseTheBrokerAndTheTokenKey() {
        PlatformConfig config = PlatformConfig.fromEnvironment(Path.of("/work/project"),
                Map.of("HANDOFF_PG_PORT", "25432", "HANDOFF_KAFKA_PORT", "29092"));

        Map<String, String> env = ServiceEnvironment.of(config.service("scheduling-service"), config);

        assertThat(env).containsOnly(
                entry("QUARKUS_HTTP_PORT", "8082"),
                entry("QUARKUS_DATASOURCE_USERNAME", "postgres"),
                entry("QUARKUS_DATASOURCE_PASSWORD", "postgres"),
                entry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:25432/scheduling"),
                entry("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://127.0.0.1:25432/scheduling"),
                entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29092"),
                entry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/work/project/.handoff/keys/public.pem"),
                entry("MP_JWT_VERIFY_ISSUER", "handoff"));
    }

    @Test
    void shouldPointNotificationsServiceAtTheMailCatcher() {
        PlatformConfig config = PlatformConfig.fromEnvironment(Path.of("/work/project"),
                Map.of("HANDOFF_SMTP_PORT", "12525"));

        Map<String, String> env = ServiceEnvironment.of(config.service("notifications-service"), config);

        assertThat(env).contains(entry("HANDOFF_SMTP_HOST", "127.0.0.1"), entry("HANDOFF_SMTP_PORT", "12525"));
    }
}
