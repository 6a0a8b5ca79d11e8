package io.handoff.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The classes of hostile input, applied to every JSON field and query parameter each service's OpenAPI document
 * declares: every request is a plausible one (each field a value of its declared type) with one field replaced.
 */
final class FuzzCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String FAR_INSTANT = "+1000000000-12-31T15:00:00Z";
    private static final String LONG = "L".repeat(20_000);

    /** One field of one operation's body or query, as documented. */
    record Field(Endpoint endpoint, String name, JsonNode schema) {
    }

    /** One request to send: what it is (for the failure list) and its URL suffix or body. */
    record Case(Endpoint endpoint, String what, String query, String body) {
    }

    private FuzzCases() {
    }

    static List<Case> all(E2ePlatform e2e) {
        List<Case> cases = new ArrayList<>();
        for (String service : Endpoint.SERVICES) {
            JsonNode document = Http.send("GET", e2e.url(service, "/q/openapi?format=json"), null, null).json();
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                if (!path.getKey().startsWith("/api/") || path.getKey().endsWith("/stream")) {
                    continue;
                }
                path.getValue().fields().forEachRemaining(operation -> {
                    Endpoint endpoint = new Endpoint(service, operation.getKey().toUpperCase(), path.getKey());
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(endpoint.method())) {
                        return;
                    }
                    queryCases(document, endpoint, operation.getValue(), cases);
                    bodyCases(document, endpoint, operation.getValue(), cases);
                });
            }
        }
        return cases;
    }

    /** Values of the query parameters a request needs to get past its first checks, sent beside the fuzzed one. */
    private static final Map<String, String> PLAUSIBLE_QUERY = Map.of(
            "from", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(),
            "to", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString(),
            "timeZone", "UTC", "limit", "10");

    private static void queryCases(JsonNode document, Endpoint endpoint, JsonNode operation, List<Case> cases) {
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode p = resolve(document, parameter);
            if (p.path("in").asText().equals("query")) {
                names.add(p.path("name").asText());
            }
        }
        for (String name : names) {
            StringBuilder others = new StringBuilder();
            for (String other : names) {
                if (!other.equals(name) && PLAUSIBLE_QUERY.containsKey(other)) {
                    others.append('&').append(other).append('=').append(PLAUSIBLE_QUERY.get(other));
                }
            }
            for (Map.Entry<String, String> value : hostile().entrySet()) {
                if (value.getValue() == null || value.getKey().startsWith("wrong type")) {
                    continue;
                }
                // Long, but within the request line's limit (4 KiB): past it the HTTP layer answers 414 itself.
                String text = value.getKey().equals("very long") ? LONG.substring(0, 2_000) : value.getValue();
                cases.add(new Case(endpoint, "?" + name + "=" + value.getKey(),
                        "?" + name + "=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                                + others,
                        endpoint.takesBody() ? "{}" : null));
            }
        }
    }

    private static void bodyCases(JsonNode document, Endpoint endpoint, JsonNode operation, List<Case> cases) {
        JsonNode schema = resolve(document, operation.path("requestBody").path("content").path("application/json")
                .path("schema"));
        JsonNode properties = schema.path("properties");
        if (!properties.isObject()) {
            return;
        }
        ObjectNode plausible = NODES.objectNode();
        properties.fields().forEachRemaining(p -> plausible.set(p.getKey(), plausible(document, p.getValue(), 0)));
        properties.fields().forEachRemaining(property -> {
            JsonNode fieldSchema = resolve(document, property.getValue());
            for (Map.Entry<String, String> value : hostile().entrySet()) {
                ObjectNode body = plausible.deepCopy();
                body.set(property.getKey(), value.getValue() == null ? NODES.nullNode() : raw(value));
                cases.add(new Case(endpoint, property.getKey() + " = " + value.getKey(), "", body.toString()));
            }
            if (fieldSchema.path("properties").isObject() || isArrayOfStrings(document, fieldSchema)) {
                ObjectNode body = plausible.deepCopy();
                body.set(property.getKey(), nested(document, fieldSchema));
                cases.add(new Case(endpoint, property.getKey() + " = NUL inside", "", body.toString()));
            }
        });
    }

    /** The hostile values for a field of this schema, by name; a value is JSON text (strings quoted). */
    private static Map<String, String> hostile() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("NUL", "fuzz\u0000nul");
        values.put("control characters", "\u0001\u0007\u001b[31m\u007f\u0085\u2028");
        values.put("very long", LONG);
        values.put("far-out instant", FAR_INSTANT);
        values.put("bad enum", "BOGUS_CONSTANT");
        values.put("negative", "-1");
        values.put("past int range", "2147483648");
        values.put("past long range", "99999999999999999999");
        values.put("huge exponent", "1e400");
        values.put("wrong type object", "{\"a\": 1}");
        values.put("wrong type array", "[1, \"x\"]");
        values.put("wrong type boolean", "true");
        values.put("null", null);
        return values;
    }

    /** Numbers and the wrong-type values go in as JSON; the other values as JSON strings. */
    private static JsonNode raw(Map.Entry<String, String> value) {
        String key = value.getKey();
        if (key.startsWith("wrong type") || key.equals("negative") || key.startsWith("past") || key.equals("huge exponent")) {
            try {
                return Http.JSON.readTree(value.getValue());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return NODES.textNode(value.getValue());
    }

    private static JsonNode nested(JsonNode document, JsonNode schema) {
        if (schema.path("properties").isObject()) {
            ObjectNode object = NODES.objectNode();
            schema.path("properties").fieldNames().forEachRemaining(name -> object.put(name, "nul\u0000inside"));
            object.put("key\u0000nul", "x");
            return object;
        }
        ArrayNode array = NODES.arrayNode();
        return array.add("ok").add("nul\u0000inside");
    }

    private static boolean isArrayOfStrings(JsonNode document, JsonNode schema) {
        return type(schema).equals("array") && type(resolve(document, schema.path("items"))).equals("string");
    }

    /** A value of the declared type, so that the request gets as far as the field under test. */
    private static JsonNode plausible(JsonNode document, JsonNode reference, int depth) {
        JsonNode schema = resolve(document, reference);
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        String format = schema.path("format").asText("");
        return switch (type(schema)) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(10);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode();
            case "object" -> depth > 2 ? NODES.objectNode() : object(document, schema, depth);
            default -> switch (format) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date-time" -> NODES.textNode("2031-03-04T10:00:00Z");
                case "date" -> NODES.textNode("2031-03-04");
                case "email" -> NODES.textNode("fuzz@example.com");
                default -> NODES.textNode("fuzz");
            };
        };
    }

    private static JsonNode object(JsonNode document, JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), plausible(document, p.getValue(),
                depth + 1)));
        return object;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.path("properties").isObject() ? "object" : "string";
    }

    /** Follows {@code $ref} (and a lone {@code allOf}/{@code anyOf}/{@code oneOf} around one) to the schema itself. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        for (int hops = 0; hops < 10; hops++) {
            if (schema.has("$ref")) {
                String[] names = schema.path("$ref").asText().replaceFirst("^#/", "").split("/");
                JsonNode target = document;
                for (String name : names) {
                    target = target.path(name);
                }
                schema = target;
            } else if (!schema.has("properties") && !schema.has("type")) {
                JsonNode composed = first(schema, "allOf", "anyOf", "oneOf");
                if (composed == null) {
                    return schema;
                }
                schema = composed;
            } else {
                return schema;
            }
        }
        return schema;
    }

    private static JsonNode first(JsonNode schema, String... keywords) {
        for (String keyword : keywords) {
            for (JsonNode member : schema.path(keyword)) {
                if (!member.path("type").asText().equals("null")) {
                    return member;
                }
            }
        }
        return null;
    }
}
