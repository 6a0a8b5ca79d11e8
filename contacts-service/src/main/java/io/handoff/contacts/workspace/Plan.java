package io.handoff.contacts.workspace;

/** Subscription plan; discovery calls and setter outcomes need BUSINESS or higher. */
public enum Plan {
    STARTUP, BUSINESS, ENTERPRISE
}
