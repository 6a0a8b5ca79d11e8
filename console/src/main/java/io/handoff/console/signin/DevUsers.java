package io.handoff.console.signin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the launcher's file of demo users on every request: a new {@code ./handoff up} mints fresh tokens. */
final class DevUsers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DevUsers() {
    }

    static List<DevUser> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<List<DevUser>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo users in " + file, e);
        }
    }
}
