package io.handoff.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything the API server would check offline about one resource: its names and labels, then its whole body
 * against the Kubernetes models (built-in kinds) or the operator's CRD schema (custom kinds). A kind with
 * neither is itself a violation: nothing passes unchecked.
 */
final class ManifestValidator {

    private static final Pattern DNS_SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
    private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

    private ManifestValidator() {
    }

    static List<String> violations(JsonNode resource) {
        List<String> problems = new ArrayList<>();
        String id = Yaml.id(resource);
        if (!resource.hasNonNull("apiVersion") || !resource.hasNonNull("kind")) {
            problems.add(id + ": apiVersion and kind are required");
            return problems;
        }
        names(resource, problems);
        KubernetesModels.metadataViolation(resource).ifPresent(p -> problems.add(id + ": metadata: " + p));
        if (KubernetesModels.knows(resource)) {
            KubernetesModels.violation(resource).ifPresent(p -> problems.add(id + ": " + p));
        } else if (CrdSchemas.knows(resource)) {
            CrdSchemas.violations(resource).forEach(p -> problems.add(id + ": " + p));
        } else {
            problems.add(id + ": no schema for this kind (neither a Kubernetes model nor a CRD in crds/)");
        }
        return problems;
    }

    private static void names(JsonNode resource, List<String> problems) {
        String id = Yaml.id(resource);
        String name = resource.path("metadata").path("name").asText();
        boolean service = "Service".equals(resource.path("kind").asText());
        if (service ? !(DNS_LABEL.matcher(name).matches() && name.length() <= 63)
                : !(DNS_SUBDOMAIN.matcher(name).matches() && name.length() <= 253)) {
            problems.add(id + ": invalid name '" + name + "'");
        }
        resource.path("metadata").path("labels").fields().forEachRemaining(label -> {
            String key = label.getKey();
            String keyName = key.substring(key.indexOf('/') + 1);
            if (!LABEL_NAME.matcher(keyName).matches() || keyName.length() > 63) {
                problems.add(id + ": invalid label key '" + key + "'");
            }
            if (!label.getValue().isTextual() || !LABEL_VALUE.matcher(label.getValue().asText()).matches()
                    || label.getValue().asText().length() > 63) {
                problems.add(id + ": invalid label value '" + label.getValue() + "' of " + key);
            }
        });
    }
}
