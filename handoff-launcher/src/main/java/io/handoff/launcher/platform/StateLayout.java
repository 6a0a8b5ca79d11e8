package io.handoff.launcher.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where the local platform keeps its state: data, logs, pid files, keys, unpacked binaries and demo ids. */
public record StateLayout(Path base) {

    public StateLayout {
        base = base.toAbsolutePath().normalize();
    }

    public Path postgresData() {
        return base.resolve("data/postgres");
    }

    public Path kafkaHome() {
        return base.resolve("data/kafka");
    }

    public Path binaries() {
        return base.resolve("bin");
    }

    public Path logs() {
        return base.resolve("logs");
    }

    public Path run() {
        return base.resolve("run");
    }

    public Path keys() {
        return base.resolve("keys");
    }

    public Path publicKey() {
        return keys().resolve("public.pem");
    }

    /** The mail catcher's archive: every message the services sent, one .eml file each. */
    public Path mail() {
        return base.resolve("mail");
    }

    public Path demoFile() {
        return base.resolve("demo.json");
    }

    /** The users the console's local sign-in page offers, with their development tokens. */
    public Path consoleUsers() {
        return base.resolve("console-users.json");
    }

    public Path logFile(String component) {
        return logs().resolve(component + ".log");
    }

    public Path pidFile(String component) {
        return run().resolve(component + ".pid");
    }

    public void create() throws IOException {
        for (Path dir : new Path[] {postgresData().getParent(), kafkaHome(), binaries(), logs(), run(), keys(),
                mail()}) {
            Files.createDirectories(dir);
        }
    }

    /** Deletes the whole state folder: data, logs, keys and all. */
    public void deleteAll() throws IOException {
        if (!Files.exists(base)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(base)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
