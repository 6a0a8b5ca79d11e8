package io.handoff.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The resources fit together: topics the services use exist, each service reaches its own database, and so on. */
class ConsistencyTest {

    private final Rendered base = new Rendered(Kustomization.build(Deploy.dir().resolve("base")));

    static List<String> services() {
        return Deploy.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void shouldDeclareEveryTopicTheServiceUses(String service) throws IOException {
        Set<String> declared = base.all("KafkaTopic").stream()
                .map(t -> t.at("/spec/topicName").asText(t.at("/metadata/name").asText()))
                .collect(Collectors.toSet());

        assertThat(declared).containsAll(topicsOf(service));
    }

    @ParameterizedTest
    @MethodSource("services")
    void shouldConnectTheServiceToItsOwnDatabaseAsItsOwner(String service) {
        ObjectNode deployment = base.one("Deployment", service);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        JsonNode urls = base.one("ConfigMap", service + "-config").path("data");
        String database = urls.path("QUARKUS_DATASOURCE_JDBC_URL").asText().replaceAll(".*/", "");
        String host = base.one("Cluster").at("/metadata/name").asText() + "-rw:5432";
        ObjectNode databaseResource = base.all("Database").stream()
                .filter(d -> database.equals(d.at("/spec/name").asText())).findFirst().orElseThrow();
        String owner = databaseResource.at("/spec/owner").asText();
        JsonNode role = findByName(base.one("Cluster").at("/spec/managed/roles"), owner);

        assertThat(urls.path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                .isEqualTo("jdbc:postgresql://" + host + "/" + database);
        assertThat(urls.path("QUARKUS_DATASOURCE_REACTIVE_URL").asText())
                .isEqualTo("postgresql://" + host + "/" + database);
        assertThat(container.path("envFrom").toString()).contains("\"" + service + "-config\"", "\"handoff-config\"");
        assertThat(secretOf(container, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo(service + "-db");
        assertThat(secretOf(container, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(service + "-db");
        assertThat(role.at("/passwordSecret/name").asText()).isEqualTo(service + "-db");
        assertThat(role.path("login").asBoolean()).isTrue();
        assertThat(databaseResource.at("/spec/cluster/name")).isEqualTo(base.one("Cluster").at("/metadata/name"));
    }

    @Test
    void shouldGiveEveryServiceADatabaseOfItsOwn() {
        Set<String> databases = Deploy.SERVICES.stream()
                .map(s -> base.one("ConfigMap", s + "-config").at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText())
                .collect(Collectors.toSet());

        assertThat(databases).hasSameSizeAs(Deploy.SERVICES);
    }

    @Test
    void shouldPointEveryServiceAtTheKafkaBootstrapService() {
        ObjectNode kafka = base.one("Kafka");
        JsonNode plain = findByName(kafka.at("/spec/kafka/listeners"), "plain");

        assertThat(plain.path("tls").asBoolean()).isFalse();
        assertThat(base.one("ConfigMap", "handoff-config").at("/data/KAFKA_BOOTSTRAP_SERVERS").asText())
                .isEqualTo(kafka.at("/metadata/name").asText() + "-kafka-bootstrap:" + plain.path("port").asInt());
        assertThat(base.all("KafkaTopic")).allSatisfy(t -> assertThat(t.at("/metadata/labels/strimzi.io~1cluster"))
                .isEqualTo(kafka.at("/metadata/name")));
    }

    @ParameterizedTest
    @MethodSource("services")
    void shouldProbeHealthLimitResourcesAndExposeMetrics(String service) {
        ObjectNode deployment = base.one("Deployment", service);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        JsonNode serviceResource = base.one("Service", service);

        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/resources/requests").size()).isEqualTo(2);
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
        assertThat(deployment.at("/spec/template/metadata/annotations/prometheus.io~1path").asText())
                .isEqualTo("/q/metrics");
        assertThat(deployment.at("/spec/template/metadata/annotations/prometheus.io~1scrape").asText())
                .isEqualTo("true");
        serviceResource.at("/spec/selector").fields().forEachRemaining(label -> assertThat(
                deployment.at("/spec/template/metadata/labels").path(label.getKey())).isEqualTo(label.getValue()));
        assertThat(deployment.at("/spec/selector/matchLabels").toString()).doesNotContain("version");
    }

    @Test
    void shouldDocumentEverySecretTheManifestsNeed() throws IOException {
        String readme = Files.readString(Deploy.dir().resolve("README.md"));
        Set<String> secrets = new TreeSet<>();
        for (String overlay : Deploy.OVERLAYS) {
            Kustomization.build(Deploy.overlay(overlay)).forEach(r -> collectSecretNames(r, secrets));
        }

        assertThat(secrets).isNotEmpty().allSatisfy(name -> assertThat(readme).contains(name));
    }

    private static Set<String> topicsOf(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Deploy.root().resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        Set<String> topics = properties.stringPropertyNames().stream()
                .filter(key -> key.matches("(%\\w+\\.)?mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.topics?"))
                .filter(key -> !key.startsWith("%test.") && !key.startsWith("%dev."))
                .flatMap(key -> Arrays.stream(properties.getProperty(key).split(",")).map(String::strip))
                .collect(Collectors.toCollection(TreeSet::new));
        // Records no consumer can apply go to the service's dead-letter topic (the platform's default name).
        topics.add("handoff.dlq." + service);
        return topics;
    }

    private static String secretOf(JsonNode container, String variable) {
        return findByName(container.path("env"), variable).at("/valueFrom/secretKeyRef/name").asText();
    }

    private static JsonNode findByName(JsonNode list, String name) {
        for (JsonNode item : list) {
            if (name.equals(item.path("name").asText())) {
                return item;
            }
        }
        throw new AssertionError("no '" + name + "' in " + list);
    }

    /** Names under secretKeyRef, secretRef, secret volumes and CloudNativePG's passwordSecret. */
    private static void collectSecretNames(JsonNode node, Set<String> names) {
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "secretKeyRef", "secretRef", "passwordSecret" -> names.add(value.path("name").asText());
                case "secret" -> names.add(value.path("secretName").asText());
                default -> { }
            }
            if (value.isContainerNode()) {
                if (value.isArray()) {
                    value.forEach(child -> collectSecretNames(child, names));
                } else {
                    collectSecretNames(value, names);
                }
            }
        });
    }
}
