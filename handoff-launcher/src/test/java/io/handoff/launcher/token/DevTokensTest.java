package io.handoff.launcher.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokensTest {

    private static final String WORKSPACE = "7b0f3a52-7a43-4b8e-9a43-0c0b7f2a9d11";
    private static final String USER = "2f9c1e6a-1d2b-4c3d-8e4f-5a6b7c8d9e0f";
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path keys;

    @Test
    void shouldMintTokenThatVerifiesAgainstPublicPem() throws Exception {
        DevTokens tokens = tokensAt(NOW);

        String token = tokens.mint(TokenSubject.member(WORKSPACE, USER, Role.MANAGER, "mia@demo.handoff.dev"));

        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(DevKeys.readPublicKey(keys.resolve("public.pem")))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer("handoff")
                .setRequireExpirationTime()
                .setRequireSubject()
                .setSkipDefaultAudienceValidation()
                .setEvaluationTime(org.jose4j.jwt.NumericDate.fromSeconds(NOW.getEpochSecond() + 60))
                .build()
                .processToClaims(token);
        assertThat(claims.getSubject()).isEqualTo(USER);
        assertThat(claims.getClaimValueAsString("workspace")).isEqualTo(WORKSPACE);
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("MANAGER");
        assertThat(claims.getClaimValueAsString("upn")).isEqualTo("mia@demo.handoff.dev");
        assertThat(claims.getIssuedAt().getValue()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.getExpirationTime().getValue()).isEqualTo(NOW.plus(Duration.ofHours(12)).getEpochSecond());
    }

    @Test
    void shouldSignWithRs256ThatPlainJdkVerifies() throws Exception {
        String token = tokensAt(NOW).mint(TokenSubject.member(WORKSPACE, USER, Role.USER, null));
        String[] parts = token.split("\\.");

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(DevKeys.readPublicKey(keys.resolve("public.pem")));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        assertThat(decode(parts[0])).contains("\"alg\":\"RS256\"");
        assertThat(decode(parts[1])).doesNotContain("upn");
    }

    @Test
    void shouldLeaveWorkspaceOutOfOperatorToken() {
        String token = tokensAt(NOW).operator();

        String payload = decode(token.split("\\.")[1]);

        assertThat(payload).contains("\"sub\":\"00000000-0000-0000-0000-000000000001\"")
                .contains("\"groups\":[\"OPERATOR\"]")
                .doesNotContain("workspace");
    }

    @Test
    void shouldDropWorkspaceGivenForOperator() {
        TokenSubject subject = new TokenSubject(TokenSubject.OPERATOR_ID, WORKSPACE, Role.OPERATOR, null);

        assertThat(subject.workspaceId()).isNull();
    }

    @Test
    void shouldRefuseMemberTokenWithoutWorkspace() {
        assertThatThrownBy(() -> TokenSubject.member(null, USER, Role.ADMIN, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workspace");
    }

    @Test
    void shouldWritePkcs8AndX509PemFilesOnceAndReuseThem() throws Exception {
        var first = DevKeys.loadOrCreate(keys);
        var second = DevKeys.loadOrCreate(keys);

        assertThat(Files.readString(keys.resolve("private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(keys.resolve("public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(second.getPublic().getEncoded()).isEqualTo(first.getPublic().getEncoded());
        assertThat(DevKeys.readPublicKey(keys.resolve("public.pem")).getModulus().bitLength()).isEqualTo(2048);
    }

    private DevTokens tokensAt(Instant now) {
        return new DevTokens(DevKeys.loadOrCreate(keys).getPrivate(), Clock.fixed(now, ZoneOffset.UTC),
                DevTokens.DEFAULT_LIFETIME);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
