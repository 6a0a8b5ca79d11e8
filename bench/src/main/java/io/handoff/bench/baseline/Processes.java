package io.handoff.bench.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs a measuring tool to its end and gives its output; a tool that fails or hangs fails the benchmark. */
final class Processes {

    private Processes() {
    }

    static String run(ProcessBuilder command, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = command.redirectErrorStream(true).start();
        // Read while it runs: a full pipe would block the tool.
        var output = new java.io.ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                process.getInputStream().transferTo(output);
            } catch (IOException ignored) {
                // The process ended; what was read is kept.
            }
        }, "tool-output");
        reader.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command.command().get(0) + " did not finish in " + timeoutSeconds + " s");
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        String text = output.toString(StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command.command()) + " exited with " + process.exitValue()
                    + ":\n" + text);
        }
        return text;
    }
}
