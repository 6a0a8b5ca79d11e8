package io.handoff.platform.inbox;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventJson;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Function;

/**
 * Applies one consumed Kafka record exactly once: parse the CloudEvent, then, in one transaction, record
 * its id in the inbox and run the effect. Transient failures are retried with backoff before the record
 * goes to the channel's failure strategy (a dead-letter topic), so nothing is silently dropped.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    Inbox inbox;

    public Uni<Void> consume(String consumer, String payload, Function<CloudEvent, Uni<Void>> effect) {
        CloudEvent event;
        try {
            event = EventJson.read(payload);
        } catch (RuntimeException e) {
            LOG.errorf("%s skipped a record that is not a CloudEvent: %s", consumer, e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> inbox.firstDelivery(consumer, event)
                        .chain(first -> first ? effect.apply(event) : Uni.createFrom().voidItem()))
                .onFailure().invoke(f -> LOG.warnf("%s failed on %s %s: %s", consumer, event.type(), event.id(),
                        f.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5)).atMost(8);
    }
}
