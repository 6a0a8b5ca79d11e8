package io.handoff.console.signin;

import io.quarkus.security.Authenticated;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.util.Set;

/**
 * The deployed way in: Quarkus OIDC signs the user in with the authorization code flow before these answer, and
 * keeps the tokens in its session cookie; the page learns who it is from {@code me}, and the forwarder sends the
 * access token along with every API call.
 */
@Path("/console/oidc")
@Authenticated
public class OidcSessionResource {

    /** Who the page acts for, from the access token's claims: the ones the services read. */
    public record Me(String userId, String workspace, String role, String name, String email) {
    }

    @Inject
    JsonWebToken accessToken;

    /** The provider's login sends the user back here, signed in: on to the app. */
    @GET
    @Path("/sign-in")
    public Response signIn() {
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("/me")
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        Set<String> groups = accessToken.getGroups();
        String role = groups.contains("ADMIN") ? "ADMIN" : groups.contains("MANAGER") ? "MANAGER" : "USER";
        String email = accessToken.getClaim("email") != null ? accessToken.getClaim("email") : accessToken.getName();
        String name = accessToken.getClaim("name") != null ? accessToken.getClaim("name") : email;
        return new Me(accessToken.getSubject(), accessToken.getClaim("workspace"), role, name, email);
    }
}
