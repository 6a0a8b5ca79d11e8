package io.handoff.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the published AsyncAPI document in step with the event registry. */
class AsyncApiDocumentTest {

    @Test
    void shouldListEveryEventTypeOnItsTopicWithItsSchema() throws IOException {
        JsonNode doc = read();
        Map<String, String> topicOfMessage = new HashMap<>();
        doc.path("channels").forEach(channel -> channel.path("messages").forEach(ref -> {
            String name = ref.path("$ref").asText().replace("#/components/messages/", "");
            topicOfMessage.put(doc.path("components").path("messages").path(name).path("name").asText(),
                    channel.path("address").asText());
        }));

        assertThat(topicOfMessage).hasSize(EventType.values().length);
        for (EventType type : EventType.values()) {
            assertThat(topicOfMessage.get(type.type())).as(type.type()).isEqualTo(type.topic());
        }
        doc.path("components").path("messages").forEach(message -> assertThat(message.path("payload").path("$ref").asText())
                .isEqualTo("schemas/" + message.path("name").asText() + ".json"));
    }

    @Test
    void shouldDeclareEveryTopic() throws IOException {
        JsonNode doc = read();
        var addresses = new java.util.ArrayList<String>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    private JsonNode read() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
