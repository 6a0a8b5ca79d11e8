package io.handoff.scheduling.lead;

/** POTENTIAL left the form before Continue; QUALIFIED completed it and passed; DISQUALIFIED was blocked. */
public enum LeadStatus {
    POTENTIAL, QUALIFIED, DISQUALIFIED
}
