package io.handoff.contacts.stage;

/** Where a stage sits in the pipeline. */
public enum StageCategory {
    ACTIVE, WON, LOST
}
