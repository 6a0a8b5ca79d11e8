package io.handoff.bench.baseline;

import io.handoff.launcher.platform.PlatformConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Kafka's own {@code org.apache.kafka.tools.ProducerPerformance} (the kafka-producer-perf-test tool) in a JVM of its
 * own against the platform's broker: acks=all, 512-byte records, as fast as it can, into a topic shaped like the
 * services' topics.
 */
public final class ProducerPerformance {

    public static final String TOPIC = "handoff.bench-baseline";
    public static final int RECORD_BYTES = 512;

    private ProducerPerformance() {
    }

    public static BrokerCeiling run(PlatformConfig config, long records, String classPath)
            throws IOException, InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, io.handoff.launcher.platform.KafkaTopics.PARTITIONS,
                    (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder command = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", classPath,
                "org.apache.kafka.tools.ProducerPerformance", "--topic", TOPIC, "--num-records",
                String.valueOf(records), "--record-size", String.valueOf(RECORD_BYTES), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + config.kafkaBootstrap(), "acks=all");
        return BrokerCeiling.parse(RECORD_BYTES, Processes.run(command, 300));
    }
}
