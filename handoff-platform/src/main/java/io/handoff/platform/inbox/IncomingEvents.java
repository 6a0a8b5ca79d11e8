package io.handoff.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/**
 * The one Kafka consumer of a service: reads every topic the service subscribes to (channel {@code events}) in
 * batches of up to a poll's worth of records, and hands each batch to {@link EventBatches}. Records no handler wants
 * are acknowledged without touching the database. The batch's offsets are committed once it is applied.
 */
@ApplicationScoped
public class IncomingEvents {

    @Inject
    @Any
    Instance<EventHandler> handlers;
    @Inject
    EventBatches batches;
    @ConfigProperty(name = "handoff.service-name")
    String serviceName;

    private final Counter skipped;
    private volatile List<EventHandler> resolved;

    @Inject
    public IncomingEvents(MeterRegistry registry) {
        this.skipped = Counter.builder("handoff.events.skipped")
                .description("Consumed events no handler of this service wants").register(registry);
    }

    @Incoming("events")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        List<EventHandler> all = handlers();
        List<Delivery> wanted = new ArrayList<>();
        for (var record : records) {
            Delivery delivery = Delivery.of(serviceName, record);
            if (delivery.event() == null || all.stream().anyMatch(h -> h.handles(delivery.event()))) {
                wanted.add(delivery);
            } else {
                skipped.increment();
            }
        }
        return wanted.isEmpty() ? Uni.createFrom().voidItem() : batches.apply(wanted, all);
    }

    private List<EventHandler> handlers() {
        if (resolved == null) {
            resolved = handlers.stream().toList();
        }
        return resolved;
    }
}
