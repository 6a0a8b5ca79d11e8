package io.handoff.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks really check: each known kind of mistake in a manifest is caught, and well-formed ones pass. */
class ValidatorTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: probe
            spec:
              replicas: %s
              selector:
                matchLabels:
                  app: probe
              template:
                metadata:
                  labels:
                    app: probe
                spec:
                  containers:
                    - image: probe:1
                      %s
                      %s:
                        httpGet:
                          path: /q/health/ready
                          port: 8080
            """;
    private static final String NAMED = "name: probe";
    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaTopic
            metadata:
              name: handoff.probe
              labels:
                strimzi.io/cluster: handoff
            spec:
              %s: %s
              replicas: 3
              config:
                any.broker.setting: 1
            """;

    @Test
    void shouldAcceptWellFormedResources() {
        assertThat(violations(DEPLOYMENT.formatted("2", NAMED, "readinessProbe"))).isEmpty();
        assertThat(violations(TOPIC.formatted("partitions", "6"))).isEmpty();
    }

    @Test
    void shouldRejectAFieldTheKubernetesApiDoesNotDefine() {
        assertThat(violations(DEPLOYMENT.formatted("2", NAMED, "readinesProbe"))).singleElement()
                .asString().contains("readinesProbe");
    }

    @Test
    void shouldRejectAValueOfTheWrongType() {
        assertThat(violations(DEPLOYMENT.formatted("two", NAMED, "readinessProbe"))).singleElement()
                .asString().contains("\"two\"");
        assertThat(violations(TOPIC.formatted("partitions", "six"))).singleElement()
                .asString().contains("integer expected");
    }

    @Test
    void shouldRejectAMissingRequiredField() {
        assertThat(violations(DEPLOYMENT.formatted("2", "# no name", "readinessProbe"))).singleElement()
                .asString().contains("required field `name`");
    }

    @Test
    void shouldRejectAFieldTheOperatorsCrdDoesNotDefine() {
        assertThat(violations(TOPIC.formatted("partiton", "6"))).singleElement().asString().contains("partiton");
        assertThat(violations("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: handoff-db
                spec:
                  instances: 3
                  storage:
                    sise: 1Gi
                """)).singleElement().asString().contains("sise");
    }

    @Test
    void shouldRejectAKindWithoutASchemaAndAnInvalidName() {
        assertThat(violations("""
                apiVersion: example.com/v1
                kind: Unknown
                metadata:
                  name: Not_A_Name
                """)).hasSize(2);
    }

    @Test
    void shouldRefuseKustomizeFeaturesTheJavaRendererDoesNotImplement(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "commonLabels:\n  app: x\n");

        assertThatThrownBy(() -> Kustomization.build(dir)).hasMessageContaining("commonLabels");
    }

    private static List<String> violations(String yaml) {
        List<ObjectNode> documents = Yaml.documents(yaml, "test");
        return documents.stream().flatMap(d -> ManifestValidator.violations(d).stream()).toList();
    }
}
