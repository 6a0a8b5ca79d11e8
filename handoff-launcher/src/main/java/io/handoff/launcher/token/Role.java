package io.handoff.launcher.token;

/** The roles a token can carry in its {@code groups} claim; OPERATOR runs the platform and has no workspace. */
public enum Role {
    ADMIN,
    MANAGER,
    USER,
    OPERATOR;

    public boolean needsWorkspace() {
        return this != OPERATOR;
    }
}
