package io.handoff.outcomes.call;

/** Strategy calls are hosted by closers, discovery calls by setters; each kind has its own outcomes. */
public enum CallKind {
    STRATEGY,
    DISCOVERY
}
