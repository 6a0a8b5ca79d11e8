package io.handoff.platform.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The platform's own bookkeeping and how long it is kept.
 * <ul>
 * <li>The inbox must remember an event id for as long as the event can be delivered again: a record is redelivered
 * only while it is still in its topic, so keeping ids longer than the broker keeps records (Kafka's default and our
 * topics: 7 days) plus the longest time a consumer can lag behind keeps exactly-once. The default, 14 days, allows a
 * consumer a week of outage; raise it with the topics' {@code retention.ms}.</li>
 * <li>An Idempotency-Key answers retries of one request for 24 hours, as payment APIs do; later, the same key is a
 * new request.</li>
 * </ul>
 */
@ApplicationScoped
public class PlatformRetention {

    @Produces
    @Named("inbox")
    RetentionRule inbox(@ConfigProperty(name = "handoff.retention.inbox", defaultValue = "14d") Duration keep) {
        return new RetentionRule("inbox_event", "processed_at", "true", keep);
    }

    @Produces
    @Named("idempotency")
    RetentionRule idempotency(@ConfigProperty(name = "handoff.retention.idempotency", defaultValue = "24h")
                              Duration keep) {
        return new RetentionRule("idempotency_record", "created_at", "true", keep);
    }
}
