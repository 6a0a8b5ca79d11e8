package io.handoff.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The CloudEvents 1.0 JSON envelope every Handoff event travels in, with the {@code workspace} extension.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        String workspace,
        String traceparent,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
    }

    /** Wraps event data of a known type; the subject is the aggregate id, which is also the Kafka key. */
    public static CloudEvent of(EventType type, String source, UUID workspace, String subject, Object data, Instant time) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID().toString(), source, type.type(), time, subject, JSON,
                workspace == null ? null : workspace.toString(), null, EventJson.MAPPER.valueToTree(data));
    }

    public CloudEvent withTraceparent(String value) {
        return new CloudEvent(specversion, id, source, type, time, subject, datacontenttype, workspace, value, data);
    }

    /** The workspace extension as a UUID, or null for events that belong to no workspace. */
    public UUID workspaceId() {
        return workspace == null ? null : UUID.fromString(workspace);
    }

    /** Reads the data as the record class registered for this event's type. */
    public <T> T dataAs(Class<T> recordClass) {
        return EventJson.MAPPER.convertValue(data, recordClass);
    }
}
