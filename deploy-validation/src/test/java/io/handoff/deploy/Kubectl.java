package io.handoff.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The real Kustomize, through {@code kubectl kustomize}, when kubectl is installed (no cluster is needed). */
final class Kubectl {

    private Kubectl() {
    }

    /**
     * A kubectl on the PATH whose embedded Kustomize is 4 or newer (kubectl 1.21+); older ones (Debian bookworm's
     * kubernetes-client is 1.20) do not know the patches field.
     */
    static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .filter(kubectl -> kustomizeMajor(kubectl) >= 4);
    }

    static List<ObjectNode> kustomize(Path kubectl, Path dir) {
        return Yaml.documents(run(kubectl.toString(), "kustomize", dir.toString()), "kubectl kustomize " + dir);
    }

    private static int kustomizeMajor(Path kubectl) {
        try {
            Matcher version = Pattern.compile("Kustomize Version: v(\\d+)")
                    .matcher(run(kubectl.toString(), "version", "--client"));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IllegalStateException e) {
            return 0;
        }
    }

    private static String run(String... command) {
        try {
            Path output = Files.createTempFile("kubectl", ".out");
            Path errors = Files.createTempFile("kubectl", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(output.toFile())
                        .redirectError(errors.toFile())
                        .start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed: "
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
                return Files.readString(output, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
