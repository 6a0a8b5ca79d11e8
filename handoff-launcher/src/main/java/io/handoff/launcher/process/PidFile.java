package io.handoff.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** Reads and writes the pid files that let a later command find a detached process again. */
public final class PidFile {

    private PidFile() {
    }

    /** The pid on the first line of the file (PostgreSQL's postmaster.pid has the same shape). */
    public static OptionalLong read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return OptionalLong.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            // A half-written or foreign file means "no process we know of".
            return OptionalLong.empty();
        }
    }

    public static void write(Path file, long pid) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pid + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
