package io.handoff.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where things are: the project root (from the build), deploy/, its overlays, the five services and the console. */
final class Deploy {

    static final List<String> SERVICES = List.of("contacts-service", "scheduling-service", "outcomes-service",
            "deals-service", "notifications-service");
    /** The web app: its own Deployment and Service, no database, no topic. */
    static final String CONSOLE = "console";
    /** Every module deploy/kubernetes/ collects a manifest of: the services, then the console. */
    static final List<String> APPS = Stream.concat(SERVICES.stream(), Stream.of(CONSOLE)).toList();
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private Deploy() {
    }

    static Path root() {
        return Path.of(System.getProperty("handoff.root", "..")).toAbsolutePath().normalize();
    }

    static Path dir() {
        return root().resolve("deploy");
    }

    static Path overlay(String name) {
        return dir().resolve("overlays").resolve(name);
    }

    /** Every manifest file under deploy/ (kustomization files are build instructions, not resources). */
    static List<Path> manifestFiles() {
        try (Stream<Path> files = Files.walk(dir())) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().startsWith("kustomization."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
