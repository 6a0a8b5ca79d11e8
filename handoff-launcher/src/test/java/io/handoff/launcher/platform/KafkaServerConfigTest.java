package io.handoff.launcher.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class KafkaServerConfigTest {

    @Test
    void shouldDescribeSingleNodeKraftBrokerOnLoopback() throws IOException {
        PlatformConfig config = PlatformConfig.fromEnvironment(Path.of("/work/project"),
                Map.of("HANDOFF_KAFKA_PORT", "29092", "HANDOFF_KAFKA_CONTROLLER_PORT", "29093"));

        Properties properties = new Properties();
        properties.load(new StringReader(KafkaServerConfig.serverProperties(config)));

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:29092,CONTROLLER://127.0.0.1:29093");
        assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:29093");
        assertThat(properties.getProperty("log.dirs")).isEqualTo("/work/project/.handoff/data/kafka");
        assertThat(properties.getProperty("num.partitions")).isEqualTo("3");
        assertThat(properties.getProperty("auto.create.topics.enable")).isEqualTo("true");
        assertThat(properties.getProperty("group.initial.rebalance.delay.ms")).isEqualTo("0");
        assertThat(properties.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("share.coordinator.state.topic.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("log.cleaner.dedupe.buffer.size")).isEqualTo("8388608");
    }

    @Test
    void shouldNameOneTopicPerService() {
        PlatformConfig config = PlatformConfig.fromEnvironment(Path.of("/work/project"), Map.of());

        assertThat(KafkaTopics.names(config)).containsExactly("handoff.contacts", "handoff.scheduling",
                "handoff.outcomes", "handoff.deals", "handoff.notifications");
    }
}
