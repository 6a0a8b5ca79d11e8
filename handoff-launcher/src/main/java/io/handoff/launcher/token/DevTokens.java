package io.handoff.launcher.token;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/** Mints RS256 development tokens in the shape the services verify: issuer, subject, workspace, groups, upn. */
public final class DevTokens {

    public static final String ISSUER = "handoff";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

    private final PrivateKey signingKey;
    private final Clock clock;
    private final Duration lifetime;

    public DevTokens(PrivateKey signingKey, Clock clock, Duration lifetime) {
        this.signingKey = Objects.requireNonNull(signingKey);
        this.clock = Objects.requireNonNull(clock);
        this.lifetime = Objects.requireNonNull(lifetime);
    }

    /** Tokens signed with the key pair in {@code keyDirectory}, created there on first use. */
    public static DevTokens fromKeyDirectory(Path keyDirectory) {
        return new DevTokens(DevKeys.loadOrCreate(keyDirectory).getPrivate(), Clock.systemUTC(), DEFAULT_LIFETIME);
    }

    public DevTokens withLifetime(Duration newLifetime) {
        return new DevTokens(signingKey, clock, newLifetime);
    }

    public String mint(TokenSubject subject) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(subject).toJson());
        jws.setKey(signingKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    public String operator() {
        return mint(TokenSubject.operator());
    }

    private JwtClaims claims(TokenSubject subject) {
        long now = clock.millis();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject.userId());
        if (subject.workspaceId() != null) {
            claims.setClaim("workspace", subject.workspaceId());
        }
        claims.setStringListClaim("groups", List.of(subject.role().name()));
        if (subject.email() != null && !subject.email().isBlank()) {
            claims.setClaim("upn", subject.email());
        }
        claims.setIssuedAt(NumericDate.fromMilliseconds(now));
        claims.setExpirationTime(NumericDate.fromMilliseconds(now + lifetime.toMillis()));
        claims.setGeneratedJwtId();
        return claims;
    }
}
