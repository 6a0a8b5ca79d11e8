package io.handoff.contacts.user;

/** A member's role: admins and managers configure the workspace, everyone works contacts and calls. */
public enum UserRole {
    ADMIN, MANAGER, USER
}
