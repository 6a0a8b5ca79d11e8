package io.handoff.launcher.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a process in a session of its own, so that it outlives the command that started it and its terminal. */
public final class DetachedProcess {

    private static final File DEV_NULL = new File("/dev/null");

    private DetachedProcess() {
    }

    /**
     * Starts {@code command} with {@code environment} added to ours, its output appended to {@code logFile}.
     * setsid(1) execs in place when the caller is not a group leader (a JVM child never is), so the returned
     * handle is the program itself, not a wrapper.
     */
    public static ProcessHandle start(List<String> command, Map<String, String> environment, Path workDir,
            Path logFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(workDir);
        List<String> full = new ArrayList<>();
        if (Executables.onPath("setsid")) {
            full.add("setsid");
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        return builder.start().toHandle();
    }

    /** Runs a short command to completion, its output appended to {@code logFile}; returns the exit code. */
    public static int run(List<String> command, Path workDir, Path logFile, long timeoutSeconds)
            throws IOException {
        Files.createDirectories(logFile.getParent());
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }
}
