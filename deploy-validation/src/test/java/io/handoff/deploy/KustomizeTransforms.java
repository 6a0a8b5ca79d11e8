package io.handoff.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Kustomize's namespace, replicas and images transformers, as they act on the kinds deploy/ contains. */
final class KustomizeTransforms {

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleBinding", "PersistentVolume", "StorageClass", "PriorityClass");
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");

    private KustomizeTransforms() {
    }

    static void namespace(List<ObjectNode> resources, String namespace) {
        for (ObjectNode resource : resources) {
            if (!CLUSTER_SCOPED.contains(resource.path("kind").asText())) {
                ((ObjectNode) resource.get("metadata")).put("namespace", namespace);
            }
        }
    }

    static void replicas(List<ObjectNode> resources, JsonNode entries, Path file) {
        for (JsonNode entry : entries) {
            String name = entry.path("name").asText();
            List<ObjectNode> targets = resources.stream()
                    .filter(r -> SCALABLE.contains(r.path("kind").asText()))
                    .filter(r -> name.equals(r.path("metadata").path("name").asText()))
                    .toList();
            if (targets.isEmpty()) {
                throw new IllegalStateException(file + ": replicas for " + name + " match no workload");
            }
            targets.forEach(r -> ((ObjectNode) r.get("spec")).put("replicas", entry.path("count").asInt()));
        }
    }

    static void images(List<ObjectNode> resources, JsonNode entries) {
        for (JsonNode entry : entries) {
            resources.forEach(resource -> retag(resource, entry));
        }
    }

    /** Every image of a container or init container list, wherever it sits in the resource. */
    private static void retag(JsonNode node, JsonNode entry) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                boolean containers = field.getKey().equals("containers") || field.getKey().equals("initContainers");
                if (containers && field.getValue().isArray()) {
                    field.getValue().forEach(container -> retagContainer((ObjectNode) container, entry));
                } else {
                    retag(field.getValue(), entry);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> retag(child, entry));
        }
    }

    private static void retagContainer(ObjectNode container, JsonNode entry) {
        String image = container.path("image").asText();
        int slash = image.lastIndexOf('/');
        int at = image.indexOf('@');
        int colon = image.indexOf(':', slash + 1);
        int end = at >= 0 ? at : colon >= 0 ? colon : image.length();
        String name = image.substring(0, end);
        if (!name.equals(entry.path("name").asText())) {
            return;
        }
        String suffix = image.substring(end);
        String newName = entry.has("newName") ? entry.get("newName").asText() : name;
        if (entry.has("digest")) {
            suffix = "@" + entry.get("digest").asText();
        } else if (entry.has("newTag")) {
            suffix = ":" + entry.get("newTag").asText();
        }
        container.put("image", newName + suffix);
    }
}
