package io.handoff.scheduling.eventtype;

/** STRATEGY calls are hosted by closers, DISCOVERY calls by setters. */
public enum CallKind {
    STRATEGY, DISCOVERY
}
