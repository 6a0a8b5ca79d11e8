package io.handoff.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;

/**
 * Validates built-in kinds with the Kubernetes Java client's models, generated from the Kubernetes OpenAPI
 * document: a field the API does not define, a missing required field or a value of the wrong type fails.
 */
final class KubernetesModels {

    private static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("v1/ConfigMap", V1ConfigMap.class),
            Map.entry("v1/Secret", V1Secret.class),
            Map.entry("v1/Service", V1Service.class),
            Map.entry("v1/ServiceAccount", V1ServiceAccount.class),
            Map.entry("apps/v1/Deployment", V1Deployment.class),
            Map.entry("apps/v1/StatefulSet", V1StatefulSet.class),
            Map.entry("batch/v1/Job", V1Job.class),
            Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", V1Ingress.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class),
            Map.entry("rbac.authorization.k8s.io/v1/Role", V1Role.class),
            Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", V1RoleBinding.class));

    static {
        new JSON(); // registers the models' type adapters (Quantity, IntOrString, dates)
    }

    private KubernetesModels() {
    }

    static boolean knows(JsonNode resource) {
        return KINDS.containsKey(key(resource));
    }

    /** What is wrong with a built-in resource, if anything. */
    static Optional<String> violation(JsonNode resource) {
        return check(KINDS.get(key(resource)), resource);
    }

    /** What is wrong with the metadata of any resource, custom ones included. */
    static Optional<String> metadataViolation(JsonNode resource) {
        return check(V1ObjectMeta.class, resource.path("metadata"));
    }

    private static Optional<String> check(Class<?> model, JsonNode node) {
        JsonElement element = JsonParser.parseString(node.toString());
        try {
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, element);
            JSON.getGson().fromJson(element, model);
            return Optional.empty();
        } catch (InvocationTargetException e) {
            return Optional.of(model.getSimpleName() + ": " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            return Optional.of(model.getSimpleName() + ": " + e.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(JsonNode resource) {
        return resource.path("apiVersion").asText() + "/" + resource.path("kind").asText();
    }
}
