package io.handoff.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The counters behind the one-line summary the suite prints at its end. */
final class E2eSummary {

    static final AtomicLong JOURNEY_HOPS = new AtomicLong();
    static final AtomicLong FAULTS_INJECTED = new AtomicLong();
    static final AtomicLong REQUESTS_FUZZED = new AtomicLong();
    static final AtomicLong SERVER_ERRORS = new AtomicLong();
    static final AtomicLong EVENTS_LOST = new AtomicLong();

    private E2eSummary() {
    }

    static String line() {
        return "E2E summary: journey hops asserted: " + JOURNEY_HOPS.get()
                + ", faults injected: " + FAULTS_INJECTED.get()
                + ", requests fuzzed: " + REQUESTS_FUZZED.get()
                + ", 5xx seen: " + SERVER_ERRORS.get()
                + ", events lost: " + EVENTS_LOST.get();
    }

    static void print(Instant startedAt) {
        System.out.println(line() + " (" + Duration.between(startedAt, Instant.now()).toSeconds() + " s)");
    }
}
