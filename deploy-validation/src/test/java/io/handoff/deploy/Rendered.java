package io.handoff.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A built set of resources, looked up the way the tests ask about them: by kind and name. */
record Rendered(List<ObjectNode> resources) {

    List<ObjectNode> all(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    ObjectNode one(String kind) {
        List<ObjectNode> found = all(kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + ", found " + found.size());
        }
        return found.get(0);
    }

    ObjectNode one(String kind, String name) {
        return all(kind).stream().filter(r -> name.equals(r.at("/metadata/name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** Kafka nodes with the broker role, over all node pools. */
    int brokers() {
        return all("KafkaNodePool").stream()
                .filter(pool -> pool.at("/spec/roles").toString().contains("\"broker\""))
                .mapToInt(pool -> pool.at("/spec/replicas").asInt())
                .sum();
    }

    /** Resources by their identity, for comparing two builds regardless of order. */
    static Map<String, JsonNode> byId(List<ObjectNode> resources) {
        Map<String, JsonNode> byId = new TreeMap<>();
        resources.forEach(r -> byId.put(Yaml.id(r), r));
        return byId;
    }
}
