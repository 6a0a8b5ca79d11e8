package io.handoff.notifications.replicas;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventJson;
import io.handoff.events.Topics;
import io.handoff.testing.TestInfrastructure;
import io.handoff.testing.TestKeys;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two replicas of notifications-service sharing one database, one broker (topics of six partitions, as in
 * production) and one consumer group, with the SMTP server and the webhook receiver they both send to.
 */
final class TwoReplicas implements AutoCloseable {

    static final int PARTITIONS = 6;
    static final Path DIR = Path.of("target/replicas").toAbsolutePath();

    final ReplicaDatabase database;
    final MailCatcher mail = MailCatcher.start();
    final FlakyReceiver receiver = FlakyReceiver.start();
    final List<Replica> replicas = new ArrayList<>();

    private TwoReplicas(ReplicaDatabase database) {
        this.database = database;
    }

    /** Starts both replicas at once (Flyway's lock lets one migrate) and returns when both are ready. */
    static TwoReplicas start() throws Exception {
        Files.createDirectories(DIR);
        createTopics();
        TwoReplicas platform = new TwoReplicas(ReplicaDatabase.create("notifications_replicas"));
        try {
            Path publicKey = writePublicKey();
            for (String name : List.of("replica-a", "replica-b")) {
                int port = freePort();
                platform.replicas.add(Replica.start(name, port, platform.environment(name, port, publicKey),
                        List.of("-Dhandoff.webhooks.allow-http=true",
                                "-Dhandoff.webhooks.allow-private-addresses=true"), DIR));
            }
            platform.replicas.forEach(replica -> replica.awaitReady(Duration.ofMinutes(3)));
            platform.database.installWorkLog();
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    Replica a() {
        return replicas.get(0);
    }

    Replica b() {
        return replicas.get(1);
    }

    /**
     * Publishes events in one batch, each as another service's outbox relay does (key = subject, CloudEvents
     * content type); TopicProbe.publish sends one record per producer, too slow for hundreds.
     */
    static void publish(String topic, List<CloudEvent> events) {
        List<ProducerRecord<String, String>> records = events.stream().map(event -> {
            var record = new ProducerRecord<>(topic, event.subject(), EventJson.write(event));
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            return record;
        }).toList();
        try (KafkaCompanion companion = new KafkaCompanion(TestInfrastructure.get().kafkaBootstrap())) {
            companion.produceStrings().fromRecords(records).awaitCompletion(Duration.ofMinutes(1));
        }
    }

    /** What the launcher's ServiceEnvironment gives a service, plus this test's SMTP server and pace. */
    private Map<String, String> environment(String name, int port, Path publicKey) {
        TestInfrastructure infra = TestInfrastructure.get();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(name));
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl(name));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrap());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        env.put("MP_JWT_VERIFY_ISSUER", "handoff");
        env.put("HANDOFF_SMTP_HOST", "127.0.0.1");
        env.put("HANDOFF_SMTP_PORT", Integer.toString(mail.port()));
        // The sender names the replica, so every email shows who sent it.
        env.put("HANDOFF_MAIL_FROM", "Handoff " + name + " <" + name + "@handoff.test>");
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        env.put("HANDOFF_EVENTS_VALIDATE", "true");
        // Both replicas poll often, so that they race for the same due rows.
        env.put("HANDOFF_NOTIFICATIONS_POLL_INTERVAL", "200ms");
        env.put("HANDOFF_WEBHOOKS_POLL_INTERVAL", "100ms");
        return env;
    }

    private static void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrap()))) {
            var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.ALL.stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, PARTITIONS, (short) 1)).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static Path writePublicKey() throws IOException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(TestKeys.pair().getPublic().getEncoded());
        return Files.writeString(DIR.resolve("public.pem"),
                "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops both replicas (also when the test failed), then the receiver and the SMTP server. */
    @Override
    public void close() {
        replicas.forEach(Replica::terminate);
        replicas.forEach(Replica::close);
        receiver.close();
        mail.close();
    }
}
