package io.handoff.launcher.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs functions of the project's {@code ./handoff} script in bash, with only the environment a test gives it
 * and a PATH of the few tools the script uses, so that the machine's own Java stays out of sight.
 */
final class HandoffScript {

    /** What the script's functions call besides bash's builtins. */
    private static final List<String> TOOLS = List.of("sed", "awk", "sort", "head", "tail", "readlink", "dirname",
            "grep", "mkdir", "cat");

    record Result(int exit, String stdout, String stderr) {
    }

    private final Path script = Path.of("..", "handoff").toAbsolutePath().normalize();
    private final Path tools;

    HandoffScript(Path workDir) throws IOException {
        tools = Files.createDirectories(workDir.resolve("tools"));
        for (String tool : TOOLS) {
            Path target = Path.of("/usr/bin", tool);
            if (!Files.exists(target)) {
                target = Path.of("/bin", tool);
            }
            Files.createSymbolicLink(tools.resolve(tool), target);
        }
    }

    /** The folder whose tools are the PATH; a test may add a fake {@code java} to it. */
    Path tools() {
        return tools;
    }

    /** Sources the script and runs {@code commands} (bash) after it, with {@code env} as the whole environment. */
    Result run(String commands, Map<String, String> env) throws IOException, InterruptedException {
        // $0 must not be the script: its last lines run main when it is executed rather than sourced.
        List<String> command = new ArrayList<>(List.of("/bin/bash", "-c",
                "source \"$1\"; " + commands, "handoff-test", script.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", tools.toString());
        builder.environment().putAll(env);
        Path out = Files.createTempFile(tools.getParent(), "out", ".txt");
        Path err = Files.createTempFile(tools.getParent(), "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the script did not finish: " + commands);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
