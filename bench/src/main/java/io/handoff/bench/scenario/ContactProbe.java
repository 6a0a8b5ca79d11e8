package io.handoff.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches contacts-service's topic like a customer's own consumer would, and times each lead from its form
 * submission's due time to the {@code contact.created} event of its e-mail: the contact is committed in
 * contacts-service (and so visible in Appointment Setting) before its outbox row reaches the broker, so this is an
 * upper bound of the time to visible.
 */
final class ContactProbe implements AutoCloseable {

    private static final String CONTACT_CREATED = "contact.created.v1";

    private final Map<String, Long> dueByEmail = new ConcurrentHashMap<>();
    private final Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
    private final ObjectMapper json = new ObjectMapper();
    private final Thread poller;
    private volatile boolean running = true;

    ContactProbe(String bootstrap, String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        poller = new Thread(() -> poll(consumer), "contact-probe");
        poller.setDaemon(true);
        poller.start();
    }

    /** Called when a lead's form is due, before it is sent. */
    void expect(String email, long dueNanos) {
        dueByEmail.put(email.toLowerCase(java.util.Locale.ROOT), dueNanos);
    }

    long seen() {
        return latencies.getTotalCount();
    }

    /** Waits until {@code count} contacts were seen or the time is up; gives the latencies seen so far. */
    Histogram awaitSeen(long count, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (latencies.getTotalCount() < count && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        return latencies.copy();
    }

    void reset() {
        latencies.reset();
    }

    private void poll(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    JsonNode event = read(record.value());
                    if (event == null || !CONTACT_CREATED.equals(event.path("type").asText())) {
                        continue;
                    }
                    Long due = dueByEmail.remove(event.path("data").path("email").asText().toLowerCase(
                            java.util.Locale.ROOT));
                    if (due != null) {
                        latencies.recordValue(Math.max(0, (now - due) / 1000));
                    }
                }
            }
        }
    }

    private JsonNode read(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5000);
    }
}
