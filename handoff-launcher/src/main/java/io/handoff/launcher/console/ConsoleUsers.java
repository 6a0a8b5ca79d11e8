package io.handoff.launcher.console;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The file the console's local sign-in page reads: users with a development token each. {@code ./handoff up} writes
 * the demo users; the end-to-end suite adds the members of the workspaces it opens. Written to a temporary file and
 * moved, so the console never reads half a file.
 */
public final class ConsoleUsers {

    /** One user the sign-in page offers; names as the console's DevUser reads them. */
    public record Entry(String name, String email, String role, String kind, String workspace, String workspaceName,
            String token) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public ConsoleUsers(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized List<Entry> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<List<Entry>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The file lists these users and no others (the demo's, after a seed that may have made a new workspace). */
    public synchronized void replaceAll(List<Entry> entries) {
        write(List.copyOf(entries));
    }

    /** Adds a user, or renews their token when the file lists them already. */
    public synchronized void add(Entry entry) {
        List<Entry> all = new ArrayList<>(read().stream()
                .filter(e -> !(e.workspace().equals(entry.workspace()) && e.email().equals(entry.email()))).toList());
        all.add(entry);
        write(all);
    }

    private void write(List<Entry> entries) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            JSON.writeValue(temporary.toFile(), entries);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
