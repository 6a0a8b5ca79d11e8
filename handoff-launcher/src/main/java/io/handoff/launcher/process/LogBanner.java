package io.handoff.launcher.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Marks each start in a log file that several runs append to, so a reader sees where the latest run begins. */
public final class LogBanner {

    private LogBanner() {
    }

    public static void write(Path logFile, String what) {
        String line = "\n===== " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + what + " =====\n";
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The banner is a courtesy: failing to write it must not stop the start.
        }
    }
}
