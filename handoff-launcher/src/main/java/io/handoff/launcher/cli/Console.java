package io.handoff.launcher.cli;

import io.handoff.launcher.platform.Progress;

import java.io.PrintStream;

/** Prints the platform's progress indented under the current step, so a long start-up stays readable. */
final class Console implements Progress {

    private final PrintStream out;

    Console(PrintStream out) {
        this.out = out;
    }

    void step(String title) {
        out.println("==> " + title);
    }

    @Override
    public void report(String message) {
        out.println("    " + message);
        out.flush();
    }
}
