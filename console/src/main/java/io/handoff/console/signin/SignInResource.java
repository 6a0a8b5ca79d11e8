package io.handoff.console.signin;

import io.handoff.console.forwarding.ServiceAddresses;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * How the page signs in. Locally, {@code ./handoff up} writes the demo users with development tokens to a file and
 * points the console at it: the sign-in page lists them. Deployed, the console signs in through the OIDC provider the
 * services trust (authorization code flow) and forwards the session's access token; with neither, the page asks for a
 * token.
 */
@Path("/console/sign-in")
@Produces(MediaType.APPLICATION_JSON)
public class SignInResource {

    public record SignIn(String mode, List<DevUser> users) {
    }

    private final Optional<java.nio.file.Path> devUsersFile;
    private final boolean oidc;

    SignInResource(ServiceAddresses settings,
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false") boolean oidc) {
        this.devUsersFile = settings.devUsersFile();
        this.oidc = oidc;
    }

    @GET
    public SignIn signIn() {
        if (oidc) {
            return new SignIn("oidc", List.of());
        }
        return devUsersFile.map(file -> new SignIn("dev", DevUsers.read(file)))
                .orElseGet(() -> new SignIn("token", List.of()));
    }
}
