package io.handoff.bench.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A JDK Flight Recorder recording in every service for {@code ./handoff bench --profile}: the JDK's "profile"
 * settings (a Java stack sample every 10 ms per running thread, a few percent of overhead), written when the service
 * stops.
 */
public final class JfrProfiles {

    static final List<String> SERVICES = List.of("contacts", "scheduling", "outcomes", "deals", "notifications");

    private JfrProfiles() {
    }

    /** Adds the recording to each service's own JVM options (HANDOFF_CONTACTS_JAVA_OPTS …), after what is there. */
    public static void addRecordings(Map<String, String> settings, Path folder) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> old = Files.list(folder)) {
                for (Path file : old.filter(f -> f.toString().endsWith(".jfr")).toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare " + folder, e);
        }
        for (String service : SERVICES) {
            String variable = "HANDOFF_" + service.toUpperCase(Locale.ROOT) + "_JAVA_OPTS";
            String recording = "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + folder.resolve(service + "-service.jfr");
            settings.merge(variable, recording, (existing, added) -> existing + " " + added);
        }
    }

    /** The recordings found, by service name. */
    public static Map<String, Path> recordings(Path folder) throws IOException {
        Map<String, Path> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".jfr"))
                    .forEach(f -> found.put(f.getFileName().toString().replace(".jfr", ""), f));
        }
        return found;
    }
}
