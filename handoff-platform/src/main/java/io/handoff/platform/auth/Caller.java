package io.handoff.platform.auth;

import io.handoff.platform.problem.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/**
 * The verified caller of the current request: who they are, which workspace every query is scoped to,
 * and what their role lets them do. Built from the JWT only, never from request parameters.
 */
@RequestScoped
public class Caller {

    public static final String WORKSPACE_CLAIM = "workspace";

    @Inject
    JsonWebToken jwt;

    public UUID userId() {
        return parse(jwt.getSubject(), "sub");
    }

    /** The caller's workspace; a token without one (the platform operator) cannot reach workspace data. */
    public UUID workspaceId() {
        Object claim = jwt.getClaim(WORKSPACE_CLAIM);
        if (claim == null) {
            throw Problems.forbidden("This token belongs to no workspace.");
        }
        return parse(claim.toString().replace("\"", ""), WORKSPACE_CLAIM);
    }

    public String role() {
        if (jwt.getGroups().contains(Roles.OPERATOR)) {
            return Roles.OPERATOR;
        }
        for (String role : new String[]{Roles.ADMIN, Roles.MANAGER, Roles.USER}) {
            if (jwt.getGroups().contains(role)) {
                return role;
            }
        }
        throw Problems.forbidden("The token carries no known role.");
    }

    /** Admins and managers configure the workspace (stages, event types, mappings, webhooks). */
    public boolean canConfigure() {
        String role = role();
        return Roles.ADMIN.equals(role) || Roles.MANAGER.equals(role);
    }

    private static UUID parse(String value, String claim) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problems.unauthorized("The token's " + claim + " claim is not a valid id.");
        }
    }
}
