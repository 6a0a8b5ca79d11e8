package io.handoff.console.forwarding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.util.Map;

/**
 * The console's settings: where each service listens ({@code handoff.console.services.contacts=http://127.0.0.1:8081}
 * and so on) and, locally, the launcher's file of demo users.
 */
@ConfigMapping(prefix = "handoff.console")
public interface ServiceAddresses {

    /** The sign-in page's users with development tokens; set by the launcher only, never in a deployment. */
    java.util.Optional<java.nio.file.Path> devUsersFile();

    Map<String, URI> services();

    /** How long a forwarded call may take before the console answers 504; event streams are exempt. */
    @WithDefault("30s")
    java.time.Duration timeout();
}
