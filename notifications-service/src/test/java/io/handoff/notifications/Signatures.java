package io.handoff.notifications;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The receiver's side of Standard Webhooks signatures, written from the specification with javax.crypto
 * alone, so that tests check the service against an independent implementation.
 */
final class Signatures {

    private Signatures() {
    }

    static String expected(String secret, String webhookId, String timestamp, String body) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String signed = webhookId + "." + timestamp + "." + body;
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String expected(String secret, WebhookReceiver.Received request) {
        return expected(secret, request.header("webhook-id"), request.header("webhook-timestamp"), request.body());
    }
}
