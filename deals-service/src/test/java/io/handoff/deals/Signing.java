package io.handoff.deals;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Signs test notifications the way Stripe and Handoff's generic senders do, straight with javax.crypto: nothing
 * here comes from the production code, so a mistake there cannot hide behind the same mistake here.
 */
final class Signing {

    private Signing() {
    }

    /** hex(HMAC_SHA256(key = secret's UTF-8 bytes, message)). */
    static String hmacSha256Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code Stripe-Signature: t=<unix>,v1=<hex(HMAC(secret, t + "." + body))>}. */
    static String stripeHeader(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmacSha256Hex(secret, unixSeconds + "." + body);
    }

    /** {@code X-Handoff-Signature: sha256=<hex(HMAC(secret, timestamp + "." + body))>}. */
    static String handoffSignature(String secret, long unixSeconds, String body) {
        return "sha256=" + hmacSha256Hex(secret, unixSeconds + "." + body);
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
