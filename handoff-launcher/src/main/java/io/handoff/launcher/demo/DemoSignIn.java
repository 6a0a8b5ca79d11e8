package io.handoff.launcher.demo;

import io.handoff.launcher.console.ConsoleUsers;
import io.handoff.launcher.token.DevTokens;
import io.handoff.launcher.token.Role;
import io.handoff.launcher.token.TokenSubject;

import java.time.Duration;
import java.util.List;

/** The demo users as the console's sign-in page lists them. */
public final class DemoSignIn {

    /** A week: a platform left running over a few days keeps its sign-in page working; each up mints anew. */
    static final Duration LIFETIME = Duration.ofDays(7);

    private DemoSignIn() {
    }

    public static List<ConsoleUsers.Entry> entries(DemoState state, DevTokens tokens) {
        DevTokens lasting = tokens.withLifetime(LIFETIME);
        return state.users().stream().map(user -> new ConsoleUsers.Entry(user.name(), user.email(), user.role(),
                user.kind(), state.workspace().id(), state.workspace().name(),
                lasting.mint(TokenSubject.member(state.workspace().id(), user.id(), Role.valueOf(user.role()),
                        user.email())))).toList();
    }
}
