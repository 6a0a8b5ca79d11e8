package io.handoff.bench.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The stretches of a run that each scenario took, so a profile of the whole run can be read per scenario. */
public final class ScenarioWindows {

    /** One named stretch of the run. */
    public record Window(String name, Instant start, Instant end) {
        boolean contains(Instant at) {
            return !at.isBefore(start) && at.isBefore(end);
        }
    }

    private final List<Window> closed = new ArrayList<>();
    private String openName;
    private Instant openedAt;

    /** Ends the open window, if any, and opens the next. */
    public synchronized void open(String name) {
        close();
        openName = name;
        openedAt = Instant.now();
    }

    public synchronized void close() {
        if (openName != null) {
            closed.add(new Window(openName, openedAt, Instant.now()));
            openName = null;
        }
    }

    public synchronized List<Window> all() {
        return List.copyOf(closed);
    }
}
