package io.handoff.platform.auth;

/** The roles a token's {@code groups} claim may carry; an operator has no workspace. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String USER = "USER";
    public static final String OPERATOR = "OPERATOR";

    private Roles() {
    }
}
