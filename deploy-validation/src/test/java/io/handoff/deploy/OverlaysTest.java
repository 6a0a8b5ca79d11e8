package io.handoff.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each overlay builds, everything it builds is valid, and it keeps the promises it makes (sizes, images). */
class OverlaysTest {

    static List<String> overlays() {
        return Deploy.OVERLAYS;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldBuildIntoValidResources(String overlay) {
        List<ObjectNode> resources = Kustomization.build(Deploy.overlay(overlay));

        assertThat(resources.stream().map(Yaml::id).distinct()).hasSameSizeAs(resources);
        assertThat(resources.stream().flatMap(r -> ManifestValidator.violations(r).stream()).toList()).isEmpty();
        assertThat(resources).allSatisfy(r -> assertThat(r.at("/metadata/namespace").asText()).isEqualTo("handoff"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldBuildAsKubectlKustomizeBuildsIt(String overlay) {
        Optional<Path> kubectl = Kubectl.find();
        Assumptions.assumeTrue(kubectl.isPresent(), "no kubectl with Kustomize 4+ on the PATH: only the Java "
                + "renderer built " + overlay + " (install kubectl 1.21+ to compare with the real Kustomize)");

        assertThat(Rendered.byId(Kubectl.kustomize(kubectl.get(), Deploy.overlay(overlay))))
                .isEqualTo(Rendered.byId(Kustomization.build(Deploy.overlay(overlay))));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldKeepKafkaReplicationWithinTheBrokers(String overlay) {
        Rendered cluster = new Rendered(Kustomization.build(Deploy.overlay(overlay)));
        int brokers = cluster.brokers();
        JsonNode config = cluster.one("Kafka").at("/spec/kafka/config");

        assertThat(config.path("default.replication.factor").asInt()).isBetween(1, brokers);
        assertThat(config.path("offsets.topic.replication.factor").asInt()).isBetween(1, brokers);
        assertThat(cluster.all("KafkaTopic")).allSatisfy(topic -> {
            int replicas = topic.at("/spec/replicas").asInt();
            int minInSync = topic.at("/spec/config/min.insync.replicas").asInt();
            assertThat(replicas).as(Yaml.id(topic)).isBetween(1, brokers);
            // With more than one replica, one broker may be down and producers (acks=all) still write.
            assertThat(minInSync).as(Yaml.id(topic)).isEqualTo(replicas == 1 ? 1 : replicas - 1);
        });
    }

    @Test
    void shouldRunProductionHighlyAvailable() {
        Rendered prod = new Rendered(Kustomization.build(Deploy.overlay("prod")));

        assertThat(prod.brokers()).isEqualTo(3);
        assertThat(prod.one("Cluster").at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(prod.all("KafkaTopic")).allSatisfy(t -> assertThat(t.at("/spec/replicas").asInt()).isEqualTo(3));
        assertThat(prod.all("Deployment")).hasSize(Deploy.APPS.size()).allSatisfy(d -> {
            assertThat(d.at("/spec/replicas").asInt()).isEqualTo(2);
            String image = d.at("/spec/template/spec/containers/0/image").asText();
            assertThat(image).doesNotStartWith("docker.io/").doesNotContain("SNAPSHOT");
            assertThat(prod.all("PodDisruptionBudget"))
                    .anySatisfy(pdb -> assertThat(pdb.at("/metadata/name")).isEqualTo(d.at("/metadata/name")));
        });
        assertThat(prod.one("ConfigMap", "handoff-config").at("/data/MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText())
                .startsWith("https://");
    }

    @Test
    void shouldRunDevelopmentOnOneNode() {
        Rendered dev = new Rendered(Kustomization.build(Deploy.overlay("dev")));

        assertThat(dev.brokers()).isEqualTo(1);
        assertThat(dev.one("Cluster").at("/spec/instances").asInt()).isEqualTo(1);
        assertThat(dev.all("Deployment")).allSatisfy(d -> {
            assertThat(d.at("/spec/replicas").asInt(1)).isEqualTo(1);
            assertThat(d.at("/spec/template/spec/containers/0/image").asText()).startsWith("localhost:5000/handoff/");
        });
    }

}
