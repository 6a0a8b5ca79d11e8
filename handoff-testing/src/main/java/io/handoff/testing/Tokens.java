package io.handoff.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Mints the bearer tokens tests call the services with, valid or deliberately not. */
public final class Tokens {

    public static final UUID OPERATOR_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private Tokens() {
    }

    public static String user(UUID workspaceId, UUID userId, String role) {
        return sign(claims(workspaceId, userId, role, Instant.now().plusSeconds(3600)), TestKeys.pair().getPrivate());
    }

    public static String operator() {
        return sign(claims(null, OPERATOR_ID, "OPERATOR", Instant.now().plusSeconds(3600)), TestKeys.pair().getPrivate());
    }

    public static String expired(UUID workspaceId, UUID userId, String role) {
        JwtClaimsBuilder claims = claims(workspaceId, userId, role, Instant.now().minusSeconds(600))
                .issuedAt(Instant.now().minusSeconds(4200));
        return sign(claims, TestKeys.pair().getPrivate());
    }

    public static String signedByStranger(UUID workspaceId, UUID userId, String role) {
        return sign(claims(workspaceId, userId, role, Instant.now().plusSeconds(3600)), TestKeys.stranger().getPrivate());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JwtClaimsBuilder claims(UUID workspaceId, UUID userId, String role, Instant expiresAt) {
        JwtClaimsBuilder claims = Jwt.issuer("handoff").subject(userId.toString()).groups(Set.of(role))
                .expiresAt(expiresAt);
        if (workspaceId != null) {
            claims.claim("workspace", workspaceId.toString());
        }
        return claims;
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(key);
    }
}
