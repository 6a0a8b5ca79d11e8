package io.handoff.console.signin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A demo user the local sign-in page offers, with the development token the launcher minted for them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DevUser(String name, String email, String role, String kind, String workspace, String workspaceName,
        String token) {
}
