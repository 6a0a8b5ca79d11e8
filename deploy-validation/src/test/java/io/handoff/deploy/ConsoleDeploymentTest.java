package io.handoff.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console fits the rest: it reaches every service where that service's Service listens, under the variable its
 * configuration reads; the Ingress sends {@code /} and nothing else to it; its sign-in through OIDC is off unless an
 * overlay turns it on, and then complete; and deploy/README.md names every setting it takes.
 */
class ConsoleDeploymentTest {

    /** {@code handoff.console.services.contacts=${HANDOFF_CONTACTS_URL:http://127.0.0.1:8081}}. */
    private static final Pattern SERVICE_URL = Pattern.compile("\\$\\{([A-Z0-9_]+):[^}]*}");
    private static final String PREFIX = "handoff.console.services.";

    private final Rendered base = new Rendered(Kustomization.build(Deploy.dir().resolve("base")));

    static List<String> overlays() {
        return Deploy.OVERLAYS;
    }

    @Test
    void shouldPointTheConsoleAtEveryServiceWhereItsServiceListens() throws IOException {
        Map<String, String> variables = serviceVariables();
        JsonNode data = base.one("ConfigMap", "console-config").path("data");

        assertThat(variables).as("handoff.console.services.* in console's application.properties")
                .hasSameSizeAs(Deploy.SERVICES);
        variables.forEach((service, variable) -> {
            URI url = URI.create(data.path(variable).asText());
            String serviceName = service + "-service";
            ObjectNode kubernetesService = base.one("Service", serviceName);
            List<Integer> ports = new ArrayList<>();
            kubernetesService.at("/spec/ports").forEach(p -> ports.add(p.path("port").asInt()));

            assertThat(url.getScheme()).as(variable).isEqualTo("http");
            assertThat(url.getHost()).as(variable).isEqualTo(serviceName);
            assertThat(url.getPort()).as(variable + " names a port of Service " + serviceName).isIn(ports);
        });
    }

    @Test
    void shouldRunTheConsoleAsItsOwnDeploymentWithProbesAndConfiguration() {
        ObjectNode deployment = base.one("Deployment", Deploy.CONSOLE);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        ObjectNode service = base.one("Service", Deploy.CONSOLE);

        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/resources/requests").size()).isEqualTo(2);
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
        assertThat(container.path("envFrom").toString()).contains("\"console-config\"", "\"handoff-config\"",
                "\"console-secrets\"");
        assertThat(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        service.at("/spec/selector").fields().forEachRemaining(label -> assertThat(
                deployment.at("/spec/template/metadata/labels").path(label.getKey())).isEqualTo(label.getValue()));
        assertThat(service.at("/spec/ports/0/targetPort").asInt())
                .isEqualTo(container.at("/ports/0/containerPort").asInt());
        // The console holds no data: no database and no Kafka of its own.
        assertThat(container.path("env").toString()).doesNotContain("QUARKUS_DATASOURCE");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRouteOnlyTheRootPathToTheConsole(String overlay) {
        Rendered built = new Rendered(Kustomization.build(Deploy.overlay(overlay)));
        ObjectNode ingress = built.one("Ingress");
        ObjectNode console = built.one("Service", Deploy.CONSOLE);
        List<JsonNode> paths = new ArrayList<>();
        ingress.at("/spec/rules").forEach(rule -> rule.at("/http/paths").forEach(paths::add));

        // /api/v1 needs no rule: the console forwards it, so the browser sees one origin.
        assertThat(paths).hasSize(1);
        JsonNode path = paths.get(0);
        assertThat(path.path("path").asText()).isEqualTo("/");
        assertThat(path.path("pathType").asText()).isEqualTo("Prefix");
        assertThat(path.at("/backend/service/name").asText()).isEqualTo(Deploy.CONSOLE);
        String port = path.at("/backend/service/port/name").asText();
        assertThat(console.at("/spec/ports").findValuesAsText("name")).contains(port);
    }

    @Test
    void shouldKeepOidcSignInOffByDefault() throws IOException {
        assertThat(consoleProperties().getProperty("quarkus.oidc.tenant-enabled")).isEqualTo("false");
        assertThat(base.one("ConfigMap", "console-config").at("/data/QUARKUS_OIDC_TENANT_ENABLED").asText("false"))
                .isEqualTo("false");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldConfigureOidcCompletelyWhereAnOverlayEnablesIt(String overlay) {
        JsonNode data = new Rendered(Kustomization.build(Deploy.overlay(overlay)))
                .one("ConfigMap", "console-config").path("data");
        if (!data.path("QUARKUS_OIDC_TENANT_ENABLED").asText("false").equals("true")) {
            assertThat(data.path("QUARKUS_OIDC_TENANT_ENABLED").asText("false")).isEqualTo("false");
            return;
        }
        assertThat(data.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText()).startsWith("https://");
        assertThat(data.path("QUARKUS_OIDC_CLIENT_ID").asText()).isNotBlank();
    }

    @Test
    void shouldDocumentEveryConsoleSetting() throws IOException {
        String readme = Files.readString(Deploy.dir().resolve("README.md"));
        List<String> settings = new ArrayList<>(List.of("QUARKUS_OIDC_TENANT_ENABLED", "QUARKUS_OIDC_AUTH_SERVER_URL",
                "QUARKUS_OIDC_CLIENT_ID", "QUARKUS_OIDC_CREDENTIALS_SECRET",
                "console-config", "console-secrets"));
        for (String overlay : Deploy.OVERLAYS) {
            new Rendered(Kustomization.build(Deploy.overlay(overlay))).one("ConfigMap", "console-config")
                    .path("data").fieldNames().forEachRemaining(settings::add);
        }

        assertThat(settings).allSatisfy(setting -> assertThat(readme).contains(setting));
    }

    /** Service name (contacts, …) → the environment variable the console reads its URL from. */
    private static Map<String, String> serviceVariables() throws IOException {
        Properties properties = consoleProperties();
        Map<String, String> variables = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                Matcher m = SERVICE_URL.matcher(properties.getProperty(key));
                assertThat(m.matches()).as(key + " reads an environment variable").isTrue();
                variables.put(key.substring(PREFIX.length()), m.group(1));
            }
        }
        return variables;
    }

    private static Properties consoleProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Deploy.root().resolve(Deploy.CONSOLE).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
