package io.handoff.notifications.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handoff.events.CloudEvent;
import io.handoff.events.EventJson;

import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The body a receiver gets, Standard Webhooks style: {@code {"type", "timestamp", "data"}} with the event's
 * type without version, its time, and its data unchanged (call.booked keeps setBy, who set the call).
 */
public final class WebhookPayload {

    private WebhookPayload() {
    }

    public static String of(String webhookType, CloudEvent event, Instant fallbackTime) {
        ObjectNode body = EventJson.MAPPER.createObjectNode();
        body.put("type", webhookType);
        body.put("timestamp", (event.time() != null ? event.time() : fallbackTime).toString());
        body.set("data", event.data() != null ? event.data() : EventJson.MAPPER.createObjectNode());
        try {
            return EventJson.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String payload) {
        try {
            return EventJson.MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
