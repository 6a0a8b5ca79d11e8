package io.handoff.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a kustomization the way {@code kubectl kustomize} does, for the subset of Kustomize that deploy/ uses:
 * resources (files and directories), JSON 6902 patches with a target, namespace, replicas and images. Any other
 * field fails the build, so the subset cannot silently drift from what deploy/ says; where kubectl is installed,
 * the tests also compare this output with kubectl's.
 */
final class Kustomization {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "patches", "namespace",
            "replicas", "images");

    private Kustomization() {
    }

    /** The resources a kustomization directory renders to. */
    static List<ObjectNode> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(dir + " has no kustomization.yaml");
        }
        ObjectNode kustomization = Yaml.documents(file).get(0);
        for (Iterator<String> fields = kustomization.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!SUPPORTED.contains(field)) {
                throw new UnsupportedOperationException(file + ": '" + field + "' is outside the Kustomize subset "
                        + "the Java renderer supports " + SUPPORTED);
            }
        }
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path path = dir.resolve(entry.asText()).normalize();
            resources.addAll(Files.isDirectory(path) ? build(path) : Yaml.documents(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            patch(resources, patch, dir, file);
        }
        if (kustomization.has("namespace")) {
            KustomizeTransforms.namespace(resources, kustomization.get("namespace").asText());
        }
        KustomizeTransforms.replicas(resources, kustomization.path("replicas"), file);
        KustomizeTransforms.images(resources, kustomization.path("images"));
        return resources;
    }

    private static void patch(List<ObjectNode> resources, JsonNode patch, Path dir, Path file) {
        JsonNode target = patch.path("target");
        if (target.isMissingNode()) {
            throw new UnsupportedOperationException(file + ": a patch without a target (strategic merge) is outside "
                    + "the supported subset");
        }
        String text = patch.has("path") ? read(dir.resolve(patch.get("path").asText())) : patch.path("patch").asText();
        JsonNode operations = Yaml.tree(text);
        int matched = 0;
        for (ObjectNode resource : resources) {
            if (matches(resource, target)) {
                JsonPatch.apply(resource, operations, file.toString());
                matched++;
            }
        }
        if (matched == 0) {
            throw new IllegalStateException(file + ": patch target " + target + " matches no resource");
        }
    }

    /** Kustomize's selector: kind and name are anchored regular expressions, group and version exact. */
    static boolean matches(JsonNode resource, JsonNode target) {
        String apiVersion = resource.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return regex(target, "kind", resource.path("kind").asText())
                && regex(target, "name", resource.path("metadata").path("name").asText())
                && (!target.has("group") || target.get("group").asText().equals(group))
                && (!target.has("version") || target.get("version").asText().equals(version));
    }

    private static boolean regex(JsonNode target, String field, String value) {
        return !target.has(field) || Pattern.matches(target.get(field).asText(), value);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
