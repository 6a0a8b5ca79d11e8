package io.handoff.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads Kubernetes YAML: every document of a multi-document file, comment-only documents skipped. */
final class Yaml {

    static final YAMLMapper MAPPER = new YAMLMapper(new YAMLFactory());

    private Yaml() {
    }

    static List<ObjectNode> documents(Path file) {
        try {
            return documents(MAPPER.readerFor(JsonNode.class).readValues(file.toFile()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<ObjectNode> documents(String text, String origin) {
        try {
            return documents(MAPPER.readerFor(JsonNode.class).readValues(text), origin);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin, e);
        }
    }

    static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not YAML: " + text, e);
        }
    }

    private static List<ObjectNode> documents(MappingIterator<JsonNode> docs, String origin) throws IOException {
        List<ObjectNode> result = new ArrayList<>();
        while (docs.hasNextValue()) {
            JsonNode doc = docs.nextValue();
            if (doc == null || doc.isNull() || doc.isMissingNode()) {
                continue;
            }
            if (!doc.isObject()) {
                throw new IllegalArgumentException(origin + ": a document is not a mapping: " + doc);
            }
            result.add((ObjectNode) doc);
        }
        return result;
    }

    /** apiVersion/kind/namespace/name: how kustomize and the API server tell resources apart. */
    static String id(JsonNode resource) {
        JsonNode meta = resource.path("metadata");
        return resource.path("apiVersion").asText() + "/" + resource.path("kind").asText() + " "
                + (meta.has("namespace") ? meta.path("namespace").asText() + "/" : "") + meta.path("name").asText();
    }
}
