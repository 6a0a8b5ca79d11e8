package io.handoff.testing;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A real PostgreSQL server and a real Kafka broker (KRaft, in-process) for one test JVM. The broker can be
 * stopped and started again on the same port and log directory, to show that nothing is lost meanwhile.
 */
public final class TestInfrastructure {

    private static TestInfrastructure instance;

    private final EmbeddedPostgres postgres;
    private final int kafkaPort;
    private final String clusterId = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    private final Path kafkaLogs;
    private EmbeddedKafkaBroker kafka;

    private TestInfrastructure() throws IOException {
        this.postgres = EmbeddedPostgres.builder().start();
        this.kafkaPort = freePort();
        this.kafkaLogs = Files.createTempDirectory("handoff-kafka-");
        startKafka();
    }

    /** The JVM's infrastructure, started on first use; a JVM shutdown hook stops it. */
    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            try {
                instance = new TestInfrastructure();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public synchronized void startKafka() {
        if (kafka != null && kafka.isRunning()) {
            return;
        }
        kafka = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withClusterId(clusterId)
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(kafkaPort)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(p -> {
                    p.put("log.dirs", kafkaLogs.toString());
                    p.put("num.partitions", "3");
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("auto.create.topics.enable", "true");
                })
                .start();
    }

    public synchronized void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private void close() {
        stopKafka();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
