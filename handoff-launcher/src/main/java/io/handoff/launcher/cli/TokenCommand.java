package io.handoff.launcher.cli;

import io.handoff.launcher.platform.PlatformConfig;
import io.handoff.launcher.token.DevTokens;
import io.handoff.launcher.token.Role;
import io.handoff.launcher.token.TokenSubject;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/** {@code ./handoff token}: prints one signed development token, and nothing else, for use in scripts. */
public final class TokenCommand {

    private final PlatformConfig config;
    private final PrintStream out;

    public TokenCommand(PlatformConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public int run(CommandLine line) {
        Role role = line.option("role").map(TokenCommand::role)
                .orElseThrow(() -> new IllegalArgumentException("--role ADMIN|MANAGER|USER|OPERATOR is required"));
        String user = line.option("user").map(v -> uuid("--user", v)).orElse(null);
        String workspace = line.option("workspace").map(v -> uuid("--workspace", v)).orElse(null);
        if (role == Role.OPERATOR && user == null) {
            user = TokenSubject.OPERATOR_ID;
        }
        if (user == null) {
            throw new IllegalArgumentException("--user <id> is required for a " + role + " token");
        }
        if (role.needsWorkspace() && workspace == null) {
            throw new IllegalArgumentException("--workspace <id> is required for a " + role + " token");
        }
        DevTokens tokens = DevTokens.fromKeyDirectory(config.layout().keys());
        if (line.option("hours").isPresent()) {
            tokens = tokens.withLifetime(Duration.ofHours(Long.parseLong(line.option("hours").get())));
        }
        out.println(tokens.mint(new TokenSubject(user, workspace, role, line.option("email").orElse(null))));
        return 0;
    }

    private static Role role(String value) {
        try {
            return Role.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--role must be ADMIN, MANAGER, USER or OPERATOR, not " + value);
        }
    }

    /** The services answer 400 to a malformed id; saying so here saves a confusing round trip. */
    private static String uuid(String option, String value) {
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " must be a UUID, not " + value);
        }
    }
}
