package io.handoff.testing;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventJson;
import io.handoff.events.EventSchemas;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;


/**
 * Reads and writes CloudEvents on the real broker, the way another team's service would. Every event it
 * reads is checked against its published schema.
 */
public final class TopicProbe implements AutoCloseable {

    private final KafkaCompanion companion = new KafkaCompanion(TestInfrastructure.get().kafkaBootstrap());

    /** Every event on the topic so far, from the beginning, read up to the current end offsets. */
    public List<CloudEvent> events(String topic) {
        return records(topic).stream().map(TopicProbe::checked).toList();
    }

    /** Every record on the topic so far as it is (a dead-letter topic holds records that are no CloudEvents). */
    public List<ConsumerRecord<String, String>> records(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrap());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    records.add(r);
                }
            }
        }
        return records;
    }

    private static CloudEvent checked(ConsumerRecord<String, String> r) {
        CloudEvent event = EventJson.read(r.value());
        EventSchemas.requireValid(event);
        if (!r.key().equals(event.subject())) {
            throw new AssertionError("record key " + r.key() + " differs from subject " + event.subject());
        }
        return event;
    }

    /** Waits until events matching the predicate are on the topic and returns them. */
    public List<CloudEvent> await(String topic, Predicate<CloudEvent> matching, int atLeast) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> events(topic).stream().filter(matching).toList(), list -> list.size() >= atLeast);
    }

    public CloudEvent awaitOne(String topic, Predicate<CloudEvent> matching) {
        return await(topic, matching, 1).get(0);
    }

    /** Publishes an event exactly as a service's outbox relay does (key = subject, same headers). */
    public void publish(String topic, CloudEvent event) {
        var record = new ProducerRecord<>(topic, event.subject(), EventJson.write(event));
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        companion.produceStrings().fromRecords(record).awaitCompletion(Duration.ofSeconds(20));
    }

    /** Publishes a record as it is, with the relay's content-type header: e.g. one that is not a CloudEvent. */
    public void publishRaw(String topic, String key, String value) {
        var record = new ProducerRecord<>(topic, key, value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        companion.produceStrings().fromRecords(record).awaitCompletion(Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        companion.close();
    }
}
