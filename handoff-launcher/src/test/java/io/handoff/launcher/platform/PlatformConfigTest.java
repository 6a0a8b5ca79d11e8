package io.handoff.launcher.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlatformConfigTest {

    private static final Path PROJECT = Path.of("/work/project");

    @Test
    void shouldUseDocumentedDefaults() {
        PlatformConfig config = PlatformConfig.fromEnvironment(PROJECT, Map.of());

        assertThat(config.layout().base()).isEqualTo(PROJECT.resolve(".handoff"));
        assertThat(config.postgresPort()).isEqualTo(15432);
        assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(config.kafkaControllerPort()).isEqualTo(9093);
        assertThat(config.services()).extracting(ServiceDefinition::name, ServiceDefinition::port)
                .containsExactly(tuple("contacts-service", 8081), tuple("scheduling-service", 8082),
                        tuple("outcomes-service", 8083), tuple("deals-service", 8084),
                        tuple("notifications-service", 8085));
        assertThat(config.startTimeout()).isEqualTo(Duration.ofSeconds(180));
        // The broker is bounded like the services: a G1 heap of up to 512 MB held 431 MB idle.
        assertThat(config.kafkaJvmOptions()).contains("-Xmx256m", "-XX:+UseSerialGC");
        assertThat(config.serviceJvmOptions()).contains("-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=5000");
    }

    @Test
    void shouldTakePortsFolderAndOptionsFromEnvironment() {
        PlatformConfig config = PlatformConfig.fromEnvironment(PROJECT, Map.of(
                "HANDOFF_HOME", "/tmp/e2e-platform",
                "HANDOFF_PG_PORT", "25432",
                "HANDOFF_KAFKA_PORT", "29092",
                "HANDOFF_DEALS_PORT", "18084",
                "HANDOFF_SERVICE_JAVA_OPTS", " -Xmx256m  -XX:+UseSerialGC ",
                "HANDOFF_START_TIMEOUT", "30"));

        assertThat(config.layout().base()).isEqualTo(Path.of("/tmp/e2e-platform"));
        assertThat(config.jdbcUrl("deals")).isEqualTo("jdbc:postgresql://127.0.0.1:25432/deals");
        assertThat(config.reactiveUrl("deals")).isEqualTo("postgresql://127.0.0.1:25432/deals");
        assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:29092");
        assertThat(config.service("deals-service").port()).isEqualTo(18084);
        assertThat(config.service("contacts-service").port()).isEqualTo(8081);
        assertThat(config.serviceJvmOptions()).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
        assertThat(config.startTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldGiveOneServiceItsOwnJvmOptionsAfterTheSharedOnes() {
        PlatformConfig config = PlatformConfig.fromEnvironment(PROJECT, Map.of(
                "HANDOFF_SERVICE_JAVA_OPTS", "-Xmx256m",
                "HANDOFF_OUTCOMES_JAVA_OPTS", " -Dhandoff.clock.offset=P30D  -Dx=y ",
                "HANDOFF_OUTCOMES_PORT", "18083"));

        ServiceDefinition outcomes = config.service("outcomes-service");
        assertThat(outcomes.javaOptionsVariable()).isEqualTo("HANDOFF_OUTCOMES_JAVA_OPTS");
        assertThat(outcomes.port()).isEqualTo(18083);
        assertThat(config.jvmOptions(outcomes)).containsExactly("-Xmx256m", "-Dhandoff.clock.offset=P30D", "-Dx=y");
        assertThat(config.jvmOptions(config.service("deals-service"))).containsExactly("-Xmx256m");
        assertThat(config.service("deals-service").jvmOptions()).isEmpty();
    }

    @Test
    void shouldRejectPortThatIsNotANumber() {
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(PROJECT, Map.of("HANDOFF_PG_PORT", "postgres")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HANDOFF_PG_PORT");
    }

    @Test
    void shouldNameEachServicesPortVariableAndTopic() {
        ServiceDefinition notifications = ServiceDefinition.defaults().get(4);

        assertThat(notifications.portVariable()).isEqualTo("HANDOFF_NOTIFICATIONS_PORT");
        assertThat(notifications.topic()).isEqualTo("handoff.notifications");
        assertThat(notifications.jar(PROJECT))
                .isEqualTo(PROJECT.resolve("notifications-service/target/quarkus-app/quarkus-run.jar"));
    }
}
