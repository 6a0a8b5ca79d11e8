package io.handoff.deals.inbound;

import io.handoff.deals.SignatureVectors;
import io.handoff.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production verifiers against the fixed vectors computed once with openssl ({@link SignatureVectors}), at the
 * edges of the 300 s tolerance.
 */
class SignatureVectorsTest {

    private static final Duration TOLERANCE = Duration.ofSeconds(300);
    private static final long T = SignatureVectors.TIMESTAMP;
    private static final String STRIPE_SECRET = SignatureVectors.STRIPE_SECRET;
    private static final String STRIPE_BODY = SignatureVectors.STRIPE_BODY;
    private static final String STRIPE_HEX = SignatureVectors.STRIPE_HEX;
    private static final String GENERIC_SECRET = SignatureVectors.GENERIC_SECRET;
    private static final String GENERIC_BODY = SignatureVectors.GENERIC_BODY;
    private static final String GENERIC_HEX = SignatureVectors.GENERIC_HEX;

    @Test
    void shouldAcceptTheStripeVectorWithinTheTolerance() {
        String header = "t=" + T + ",v1=" + STRIPE_HEX;
        assertThatCode(() -> stripe(header, STRIPE_BODY, T)).doesNotThrowAnyException();
        assertThatCode(() -> stripe(header, STRIPE_BODY, T + 300)).doesNotThrowAnyException();
        assertThatCode(() -> stripe("t=" + T + ",v1=" + STRIPE_HEX.toUpperCase(), STRIPE_BODY, T))
                .doesNotThrowAnyException();
        assertUnauthorized(() -> stripe(header, STRIPE_BODY, T + 301));
        assertUnauthorized(() -> stripe(header, STRIPE_BODY, T - 301));
        assertUnauthorized(() -> stripe(header, STRIPE_BODY.replace("123456", "123457"), T));
        assertUnauthorized(() -> stripe("t=" + (T + 1) + ",v1=" + STRIPE_HEX, STRIPE_BODY, T));
        assertUnauthorized(() -> stripe(header.replace("v1=", "v0="), STRIPE_BODY, T));
        assertUnauthorized(() -> stripe(null, STRIPE_BODY, T));
    }

    @Test
    void shouldAcceptTheGenericVectorWithinTheTolerance() {
        assertThatCode(() -> generic("sha256=" + GENERIC_HEX, Long.toString(T), GENERIC_BODY, T + 300))
                .doesNotThrowAnyException();
        assertThatCode(() -> generic("sha256=0000,sha256=" + GENERIC_HEX, Long.toString(T), GENERIC_BODY, T))
                .doesNotThrowAnyException();
        assertUnauthorized(() -> generic("sha256=" + GENERIC_HEX, Long.toString(T), GENERIC_BODY, T + 301));
        assertUnauthorized(() -> generic("sha256=" + GENERIC_HEX, Long.toString(T + 1), GENERIC_BODY, T));
        assertUnauthorized(() -> generic(GENERIC_HEX, Long.toString(T), GENERIC_BODY, T));
        assertUnauthorized(() -> generic("sha256=" + GENERIC_HEX, null, GENERIC_BODY, T));
        assertUnauthorized(() -> generic("sha256=" + GENERIC_HEX, Long.toString(T), GENERIC_BODY + " ", T));
    }

    private static void stripe(String header, String body, long now) {
        StripeSignature.verify(STRIPE_SECRET, header, body.getBytes(StandardCharsets.UTF_8), Instant.ofEpochSecond(now),
                TOLERANCE);
    }

    private static void generic(String signature, String timestamp, String body, long now) {
        HandoffSignature.verify(GENERIC_SECRET, signature, timestamp, body.getBytes(StandardCharsets.UTF_8),
                Instant.ofEpochSecond(now), TOLERANCE);
    }

    private static void assertUnauthorized(Runnable verification) {
        assertThatThrownBy(verification::run).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(401));
    }
}
