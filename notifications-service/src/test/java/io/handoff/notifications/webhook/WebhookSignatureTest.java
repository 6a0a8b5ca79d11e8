package io.handoff.notifications.webhook;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Signatures against the Standard Webhooks test vector and an HMAC computed here with javax.crypto. */
class WebhookSignatureTest {

    // The test vector published with the Standard Webhooks specification's reference libraries.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void shouldMatchTheStandardWebhooksTestVector() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void shouldMatchAnIndependentlyComputedHmac() throws Exception {
        String secret = "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        String body = "{\"type\":\"call.booked\",\"data\":{\"setBy\":{\"name\":\"Zoë\"}}}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(("delivery-1.1700000000." + body).getBytes(StandardCharsets.UTF_8)));

        assertThat(WebhookSignature.sign(secret, "delivery-1", 1700000000L, body)).isEqualTo(expected);
    }

    @Test
    void shouldSignWithEverySecretInUseSeparatedBySpaces() {
        String other = WebhookSignature.newSecret();

        String header = WebhookSignature.header(List.of(SECRET, other), ID, TIMESTAMP, BODY);

        assertThat(header.split(" ")).containsExactly(EXPECTED, WebhookSignature.sign(other, ID, TIMESTAMP, BODY));
    }

    @Test
    void shouldMakeSecretsOf32RandomBytes() {
        String secret = WebhookSignature.newSecret();

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }
}
