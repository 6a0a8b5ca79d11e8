package io.handoff.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The RFC 6902 operations deploy/ uses (add, replace, remove), applied the way kustomize applies them. */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode target, JsonNode operations, String origin) {
        if (!operations.isArray()) {
            throw new UnsupportedOperationException(origin + ": only JSON 6902 patches (a list of operations) are "
                    + "supported by the Java renderer, not strategic-merge patches");
        }
        for (JsonNode op : operations) {
            String name = op.path("op").asText();
            String path = op.path("path").asText();
            try {
                switch (name) {
                    case "add" -> add(target, path, op.get("value").deepCopy());
                    case "replace" -> replace(target, path, op.get("value").deepCopy());
                    case "remove" -> remove(target, path);
                    default -> throw new UnsupportedOperationException("op " + name + " is not supported");
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(origin + ": " + name + " " + path + " on " + Yaml.id(target)
                        + " failed: " + e.getMessage(), e);
            }
        }
    }

    private static void add(ObjectNode root, String path, JsonNode value) {
        JsonNode parent = parent(root, path);
        String last = lastToken(path);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            if ("-".equals(last)) {
                array.add(value);
            } else {
                int index = index(last, array.size() + 1);
                array.insert(index, value);
            }
        } else {
            throw new IllegalArgumentException("no container at " + path);
        }
    }

    private static void replace(ObjectNode root, String path, JsonNode value) {
        JsonNode parent = parent(root, path);
        String last = lastToken(path);
        if (parent instanceof ObjectNode object && object.has(last)) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(index(last, array.size()), value);
        } else {
            throw new IllegalArgumentException("nothing to replace at " + path);
        }
    }

    private static void remove(ObjectNode root, String path) {
        JsonNode parent = parent(root, path);
        String last = lastToken(path);
        if (parent instanceof ObjectNode object && object.has(last)) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array) {
            array.remove(index(last, array.size()));
        } else {
            throw new IllegalArgumentException("nothing to remove at " + path);
        }
    }

    private static JsonNode parent(ObjectNode root, String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + path);
        }
        String parentPath = path.substring(0, path.lastIndexOf('/'));
        JsonNode parent = parentPath.isEmpty() ? root : root.at(parentPath);
        if (parent.isMissingNode()) {
            throw new IllegalArgumentException("missing " + parentPath);
        }
        return parent;
    }

    private static String lastToken(String path) {
        return path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    private static int index(String token, int bound) {
        int index = Integer.parseInt(token);
        if (index < 0 || index >= bound) {
            throw new IllegalArgumentException("index " + index + " out of bounds");
        }
        return index;
    }
}
