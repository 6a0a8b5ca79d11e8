package io.handoff.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** What the figures were measured on. */
public record Machine(int cores, long memoryBytes, String cpu, String os, String java, String postgres,
                      String kafka, String quarkus, String loadBefore, String loadAfter) {

    /** This machine now, with the versions of the parts the caller asked and the load average from the start. */
    public static Machine read(String postgres, String kafka, String quarkus, String loadBefore) {
        return new Machine(Runtime.getRuntime().availableProcessors(), totalMemory(), cpuModel(), system(), jvm(),
                postgres, kafka, quarkus, loadBefore, loadAverage());
    }

    static long totalMemory() {
        return firstLine(Path.of("/proc/meminfo"), "MemTotal:")
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024).orElse(0L);
    }

    static String cpuModel() {
        return firstLine(Path.of("/proc/cpuinfo"), "model name").map(line -> line.substring(line.indexOf(':') + 1)
                .trim()).orElse(System.getProperty("os.arch"));
    }

    static String system() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    /** The 1, 5 and 15-minute load averages: other work on the machine shows here. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The Quarkus version the services were built with, read off quarkus-core's jar name in a service's app. */
    public static String quarkus(Path serviceLib) {
        try (Stream<Path> jars = Files.list(serviceLib)) {
            return jars.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("io.quarkus.quarkus-core-") && name.endsWith(".jar"))
                    .map(name -> name.substring("io.quarkus.quarkus-core-".length(), name.length() - 4))
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Optional<String> firstLine(Path file, String prefix) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
