package io.handoff.launcher.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Questions about the machine we run on: is a tool on PATH, are we root. */
public final class Executables {

    private Executables() {
    }

    public static boolean onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    /** True when our effective user is root; PostgreSQL refuses to run as root. */
    public static boolean runningAsRoot() {
        try {
            // /proc/self belongs to the effective uid of whoever looks at it.
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (Exception e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
