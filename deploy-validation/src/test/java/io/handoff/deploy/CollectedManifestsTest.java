package io.handoff.deploy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/kubernetes/ holds what quarkus-kubernetes generates today: after a change to the shared settings, to a
 * service's or the console's src/main/kubernetes/, the build fails here until deploy/kubernetes/collect.sh is run
 * again.
 */
class CollectedManifestsTest {

    static List<String> apps() {
        return Deploy.APPS;
    }

    @ParameterizedTest
    @MethodSource("apps")
    void shouldMatchWhatTheServiceBuildGenerates(String service) {
        Path collected = Deploy.dir().resolve("kubernetes").resolve(service + ".yml");
        Path generated = Deploy.root().resolve(service).resolve("target/kubernetes/kubernetes.yml");
        assertThat(collected).as("run deploy/kubernetes/collect.sh").exists();
        Assumptions.assumeTrue(Files.exists(generated), generated + " is missing: package " + service
                + " first (the full build does) to compare it with " + collected);

        assertThat(Rendered.byId(Yaml.documents(collected)))
                .as("%s is stale: run deploy/kubernetes/collect.sh", Deploy.root().relativize(collected))
                .isEqualTo(Rendered.byId(Yaml.documents(generated)));
    }

}
