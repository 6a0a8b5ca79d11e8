package io.handoff.scheduling.call;

import io.handoff.platform.problem.Problems;

import java.util.Locale;

/** The tags a call list can be filtered by; in JSON and query strings as rescheduled, outcome-missing, … */
public enum CallTag {
    RESCHEDULED, CANCELLED, OUTCOME_MISSING, OUTCOME_ADDED;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Accepts "outcome-missing", "outcome_missing" or "OUTCOME_MISSING". */
    public static CallTag parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("tag", "must be one of rescheduled, cancelled, outcome-missing, outcome-added");
        }
    }
}
