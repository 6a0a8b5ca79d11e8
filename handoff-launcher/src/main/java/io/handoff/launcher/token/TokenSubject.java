package io.handoff.launcher.token;

import java.util.Objects;

/** Who a development token speaks for: user id, workspace id (none for the operator), role and optional email. */
public record TokenSubject(String userId, String workspaceId, Role role, String email) {

    /** The fixed user id of the platform operator. */
    public static final String OPERATOR_ID = "00000000-0000-0000-0000-000000000001";

    public TokenSubject {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        if (role.needsWorkspace() && (workspaceId == null || workspaceId.isBlank())) {
            throw new IllegalArgumentException("a " + role + " token needs a workspace id");
        }
        if (!role.needsWorkspace()) {
            // The operator stands above all workspaces: a workspace claim would only confuse the services.
            workspaceId = null;
        }
    }

    public static TokenSubject operator() {
        return new TokenSubject(OPERATOR_ID, null, Role.OPERATOR, null);
    }

    public static TokenSubject member(String workspaceId, String userId, Role role, String email) {
        return new TokenSubject(userId, workspaceId, role, email);
    }
}
