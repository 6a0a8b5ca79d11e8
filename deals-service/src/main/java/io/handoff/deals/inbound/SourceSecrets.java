package io.handoff.deals.inbound;

import java.security.SecureRandom;
import java.util.Base64;

/** New signing secrets: 32 random bytes, Stripe-style {@code whsec_} prefix; the HMAC key is the whole string. */
final class SourceSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SourceSecrets() {
    }

    static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
