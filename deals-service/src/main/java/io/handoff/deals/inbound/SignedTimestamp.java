package io.handoff.deals.inbound;

import io.handoff.platform.problem.Problems;

import java.time.Duration;
import java.time.Instant;

/** A signed Unix timestamp must be within the tolerance of now (either way): older ones may be replays. */
final class SignedTimestamp {

    private SignedTimestamp() {
    }

    static void requireFresh(String unixSeconds, Instant now, Duration tolerance) {
        long seconds;
        try {
            seconds = Long.parseLong(unixSeconds.strip());
        } catch (RuntimeException e) {
            throw Problems.unauthorized("The signature's timestamp is not a Unix time in seconds.");
        }
        long age = now.getEpochSecond() - seconds;
        if (Math.abs(age) > tolerance.toSeconds()) {
            throw Problems.unauthorized("The signature's timestamp is more than " + tolerance.toSeconds()
                    + " seconds away from now.");
        }
    }
}
