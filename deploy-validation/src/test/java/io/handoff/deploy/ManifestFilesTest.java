package io.handoff.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every manifest file under deploy/, as written, is valid against its Kubernetes model or CRD schema. */
class ManifestFilesTest {

    static List<Path> files() {
        return Deploy.manifestFiles();
    }

    @ParameterizedTest
    @MethodSource("files")
    void shouldHoldOnlyValidResources(Path file) {
        List<ObjectNode> resources = Yaml.documents(file);

        assertThat(resources).as("%s holds no resource", file).isNotEmpty();
        assertThat(resources.stream().flatMap(r -> ManifestValidator.violations(r).stream()).toList())
                .as("violations in %s", Deploy.root().relativize(file))
                .isEmpty();
    }
}
