package io.handoff.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Validates custom resources against CRD-shaped schemas (test resources crds/: Handoff's own schemas of the
 * Strimzi and CloudNativePG fields deploy/ uses, since no reachable registry publishes the operators' CRDs), strict the way kubeconform's --strict is: an object schema
 * that lists its properties rejects any other field, unless it says x-kubernetes-preserve-unknown-fields.
 * (The API server would silently drop such a field; here it is a mistake to report.)
 */
final class CrdSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final Map<String, JsonSchema> SCHEMAS = load();

    private CrdSchemas() {
    }

    static boolean knows(JsonNode resource) {
        return SCHEMAS.containsKey(key(resource));
    }

    static Set<String> known() {
        return SCHEMAS.keySet();
    }

    static List<String> violations(JsonNode resource) {
        return SCHEMAS.get(key(resource)).validate(resource).stream().map(ValidationMessage::getMessage).toList();
    }

    private static String key(JsonNode resource) {
        return resource.path("apiVersion").asText() + "/" + resource.path("kind").asText();
    }

    private static Map<String, JsonSchema> load() {
        Map<String, JsonSchema> schemas = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of(CrdSchemas.class.getResource("/crds").toURI()))) {
            files.filter(f -> f.toString().endsWith(".yaml")).flatMap(f -> Yaml.documents(f).stream())
                    .forEach(crd -> register(crd, schemas));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return schemas;
    }

    private static void register(JsonNode crd, Map<String, JsonSchema> schemas) {
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode version : crd.path("spec").path("versions")) {
            if (version.path("served").asBoolean()) {
                ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                strict(schema);
                schemas.put(group + "/" + version.path("name").asText() + "/" + kind, FACTORY.getSchema(schema));
            }
        }
    }

    /** Turns a structural OpenAPI v3 schema into a strict JSON Schema (draft 4, whose keywords it shares). */
    static void strict(ObjectNode schema) {
        strict(schema, true);
    }

    /**
     * Subschemas of allOf/anyOf/oneOf/not only constrain (Strimzi states "one of these fields" with them), so they
     * are cleaned but never closed.
     */
    private static void strict(ObjectNode schema, boolean close) {
        boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean();
        boolean embedded = schema.path("x-kubernetes-embedded-resource").asBoolean();
        if (schema.path("x-kubernetes-int-or-string").asBoolean() && !schema.has("anyOf")) {
            schema.remove("type");
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (schema.path("nullable").asBoolean() && schema.has("type")) {
            ArrayNode types = schema.arrayNode().add(schema.get("type").asText()).add("null");
            schema.set("type", types);
        }
        schema.remove("nullable");
        // Formats (int32, int64, date-time ...) are left to the API server.
        schema.remove("format");
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            if (names.next().startsWith("x-kubernetes-")) {
                names.remove();
            }
        }
        if (close && schema.has("properties") && !schema.has("additionalProperties") && !preserveUnknown
                && !embedded) {
            schema.put("additionalProperties", false);
        }
        schema.path("properties").forEach(child -> strict((ObjectNode) child, close));
        if (schema.path("additionalProperties").isObject()) {
            strict((ObjectNode) schema.get("additionalProperties"), close);
        }
        if (schema.path("items").isObject()) {
            strict((ObjectNode) schema.get("items"), close);
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combinator).forEach(child -> strict((ObjectNode) child, false));
        }
        if (schema.path("not").isObject()) {
            strict((ObjectNode) schema.get("not"), false);
        }
    }
}
