package io.handoff.platform.outbox;

import io.handoff.events.CloudEvent;
import io.handoff.events.EventSchemas;
import io.handoff.events.EventType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Records an event in the outbox table inside the caller's transaction, so the event exists if and only
 * if the change it describes committed. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final String INSERT = "insert into outbox_event "
            + "(id, workspace_id, topic, event_key, type, payload, traceparent) "
            + "values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as text))";

    private static final String INSERT_RECORD = "insert into outbox_event "
            + "(id, workspace_id, topic, event_key, type, payload, headers) "
            + "values (?1, cast(?2 as uuid), ?3, ?4, ?5, ?6, ?7)";

    @ConfigProperty(name = "handoff.service-name")
    String serviceName;

    /** On in tests: an event that breaks its published schema fails the transaction that emits it. */
    @ConfigProperty(name = "handoff.events.validate", defaultValue = "false")
    boolean validate;

    @Inject
    Clock clock;

    /** Must run inside {@code Panache.withTransaction}; the aggregate id becomes the Kafka key and subject. */
    public Uni<CloudEvent> append(EventType type, UUID workspaceId, Object aggregateId, Object data) {
        CloudEvent event = CloudEvent.of(type, "/handoff/" + serviceName, workspaceId, aggregateId.toString(), data,
                clock.instant()).withTraceparent(currentTraceparent());
        if (validate) {
            EventSchemas.requireValid(event);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, UUID.fromString(event.id()))
                        .setParameter(2, workspaceId)
                        .setParameter(3, type.topic())
                        .setParameter(4, event.subject())
                        .setParameter(5, event.type())
                        .setParameter(6, io.handoff.events.EventJson.write(event))
                        .setParameter(7, event.traceparent())
                        .executeUpdate())
                .replaceWith(event);
    }

    /**
     * Records a raw Kafka record (a dead letter: another service's event as it was consumed) in the caller's
     * transaction, with extra headers.
     */
    public Uni<Void> appendRecord(String topic, String key, String type, UUID workspaceId, String payload,
                                  Map<String, String> headers) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_RECORD)
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, workspaceId)
                        .setParameter(3, topic)
                        .setParameter(4, key)
                        .setParameter(5, type)
                        .setParameter(6, payload)
                        .setParameter(7, RecordHeadersJson.write(headers))
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
