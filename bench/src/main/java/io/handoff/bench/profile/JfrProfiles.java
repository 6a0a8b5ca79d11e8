package io.handoff.bench.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * Keeps the recordings the services wrote when they stopped (before a restart, which records under the same
     * name again): each becomes {@code <service>.<n>.jfr}.
     */
    public static void keepEarlierRecordings(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z-]+\\.jfr")).toList()) {
                String service = file.getFileName().toString().replace(".jfr", "");
                int n = 1;
                while (Files.exists(folder.resolve(service + "." + n + ".jfr"))) {
                    n++;
                }
                Files.move(file, folder.resolve(service + "." + n + ".jfr"));
            }
        }
    }

    /** The recordings found, by service name (a restarted service has several). */
    public static Map<String, List<Path>> recordings(Path folder) throws IOException {
        Map<String, List<Path>> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".jfr")).sorted().forEach(f -> found.computeIfAbsent(
                    f.getFileName().toString().replaceAll("(\\.\\d+)?\\.jfr$", ""), k -> new ArrayList<>()).add(f));
        }
        return found;
    }
}
