package io.handoff.launcher.platform;

/** Where the platform reports what it is doing; the CLI prints it, tests may ignore it. */
@FunctionalInterface
public interface Progress {

    Progress SILENT = message -> { };

    void report(String message);
}
