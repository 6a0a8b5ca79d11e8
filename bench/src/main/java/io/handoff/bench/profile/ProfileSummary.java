package io.handoff.bench.profile;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the services' JFR recordings into a Markdown page per scenario and service: where the sampled Java stacks
 * were (by library and by method), which of our own methods they ran under, and the time JIT compilation and GC
 * pauses took. It is the "flame summary" a performance change starts from.
 */
public final class ProfileSummary {

    private static final int TOP = 12;

    private ProfileSummary() {
    }

    public static String render(Map<String, List<Path>> recordings, List<ScenarioWindows.Window> windows) {
        Map<String, List<WindowProfile>> byService = new HashMap<>();
        recordings.forEach((service, files) -> byService.put(service, read(files, windows)));
        StringBuilder md = new StringBuilder("# Where the services' CPU goes\n\n")
                .append("JFR recordings of `./handoff bench --profile` (settings=profile: one Java stack sample per ")
                .append("running thread every 10-20 ms). Samples show Java code only: JIT compilation and GC are ")
                .append("given as the time they took. \"Under our method\" counts a sample for the innermost ")
                .append("`io.handoff` frame of its stack, so it tells which of our code paths the library time ")
                .append("serves.\n");
        for (int w = 0; w < windows.size(); w++) {
            ScenarioWindows.Window window = windows.get(w);
            md.append("\n## ").append(window.name()).append(" (")
                    .append(Duration.between(window.start(), window.end()).toSeconds()).append(" s)\n");
            for (String service : recordings.keySet()) {
                WindowProfile profile = byService.get(service).get(w);
                md.append("\n### ").append(service).append("\n\n").append(profile.render(TOP));
            }
        }
        return md.toString();
    }

    private static List<WindowProfile> read(List<Path> files, List<ScenarioWindows.Window> windows) {
        List<WindowProfile> profiles = windows.stream().map(w -> new WindowProfile()).toList();
        files.forEach(file -> read(file, windows, profiles));
        return profiles;
    }

    private static void read(Path file, List<ScenarioWindows.Window> windows, List<WindowProfile> profiles) {
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                for (int w = 0; w < windows.size(); w++) {
                    if (windows.get(w).contains(event.getStartTime())) {
                        add(profiles.get(w), event);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void add(WindowProfile profile, RecordedEvent event) {
        switch (event.getEventType().getName()) {
            case "jdk.ExecutionSample" -> sample(profile, event.getStackTrace());
            case "jdk.Compilation" -> profile.compilation = profile.compilation.plus(event.getDuration());
            case "jdk.GarbageCollection" -> profile.gcPauses = profile.gcPauses.plus(event.getDuration("sumOfPauses"));
            default -> { }
        }
    }

    private static void sample(WindowProfile profile, RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        List<RecordedFrame> frames = stack.getFrames();
        String top = method(frames.get(0));
        profile.samples++;
        profile.selfByMethod.merge(top, 1, Integer::sum);
        profile.selfByLibrary.merge(Libraries.of(frames.get(0).getMethod().getType().getName()), 1, Integer::sum);
        String ours = frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("io.handoff"))
                .findFirst().map(ProfileSummary::method).orElse("(no io.handoff frame: framework threads)");
        profile.underOurMethod.merge(ours, 1, Integer::sum);
    }

    static String method(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }
}
