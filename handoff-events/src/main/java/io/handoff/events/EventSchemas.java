package io.handoff.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates events against the published JSON Schemas (envelope and per-type data), so producers' tests
 * prove that what they emit is what the contract promises.
 */
public final class EventSchemas {

    private static final String BASE = "https://schemas.handoff.dev/events/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Every violation of the envelope schema and of the data schema of the event's type; empty when valid. */
    public static List<String> violations(CloudEvent event) {
        List<String> problems = new ArrayList<>();
        JsonNode envelope = EventJson.MAPPER.valueToTree(event);
        schema("cloudevent").validate(envelope).forEach(m -> problems.add("envelope: " + m.getMessage()));
        if (EventType.ofType(event.type()).isEmpty()) {
            problems.add("unknown event type " + event.type());
            return problems;
        }
        for (ValidationMessage m : schema(event.type()).validate(event.data())) {
            problems.add(event.type() + ": " + m.getMessage());
        }
        return problems;
    }

    /** Throws with every violation listed when the event does not match its schemas. */
    public static void requireValid(CloudEvent event) {
        List<String> problems = violations(event);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("event " + event.id() + " breaks its contract: " + problems);
        }
    }

    private static JsonSchema schema(String name) {
        return CACHE.computeIfAbsent(name, n -> FACTORY.getSchema(SchemaLocation.of(BASE + n + ".json"), CONFIG));
    }
}
