package io.handoff.platform.inbox;

import io.handoff.platform.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parks a record that cannot be applied on the service's dead-letter topic, through the outbox: the same producer
 * as every event, and durable, so a dead letter is never lost either. The record keeps its key and value, so it
 * can be replayed as it was; headers say where it came from and why it failed.
 */
@ApplicationScoped
public class DeadLetters {

    @Inject
    OutboxWriter outbox;

    @ConfigProperty(name = "handoff.events.dead-letter-topic")
    String topic;

    Uni<Void> park(Delivery delivery, Throwable cause) {
        var record = delivery.record();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("dead-letter-reason", delivery.unreadable() != null ? delivery.unreadable() : String.valueOf(cause));
        headers.put("dead-letter-topic", record.topic());
        headers.put("dead-letter-partition", String.valueOf(record.partition()));
        headers.put("dead-letter-offset", String.valueOf(record.offset()));
        headers.put("dead-letter-consumer", delivery.consumer());
        if (delivery.event() == null) {
            headers.put("content-type", "application/octet-stream");
        }
        return Panache.withTransaction(() -> outbox.appendRecord(topic, record.key() == null ? "" : record.key(),
                "dead-letter", delivery.event() == null ? null : delivery.event().workspaceId(),
                record.value() == null ? "" : record.value(), headers));
    }
}
