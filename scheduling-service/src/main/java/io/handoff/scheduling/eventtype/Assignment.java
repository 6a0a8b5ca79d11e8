package io.handoff.scheduling.eventtype;

/** How a host is chosen: the fairest free host, or the one the booker names. */
public enum Assignment {
    ROUND_ROBIN, SPECIFIC
}
