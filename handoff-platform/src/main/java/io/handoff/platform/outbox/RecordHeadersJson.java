package io.handoff.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The outbox's {@code headers} column: extra Kafka headers of one record as a JSON object of strings. */
final class RecordHeadersJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };

    private RecordHeadersJson() {
    }

    static String write(Map<String, String> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("headers that are not JSON: " + headers, e);
        }
    }

    static RecordHeaders read(String column) {
        RecordHeaders headers = new RecordHeaders();
        if (column == null) {
            return headers;
        }
        try {
            JSON.readValue(column, STRINGS).forEach((name, value) ->
                    headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox row with unreadable headers: " + column, e);
        }
        return headers;
    }
}
