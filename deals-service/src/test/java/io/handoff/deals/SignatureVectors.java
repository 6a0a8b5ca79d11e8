package io.handoff.deals;

/**
 * Fixed signature vectors computed once outside Java, with openssl, so that neither the production code nor the
 * tests' own signing helper vouches for itself. Both bodies are signed as {@code timestamp + "." + body}.
 */
public final class SignatureVectors {

    public static final long TIMESTAMP = 1767225600L;

    /*
     * printf '%s' "1767225600.$STRIPE_BODY" | openssl dgst -sha256 -hmac 'whsec_handoff_test_vector_secret'
     * SHA2-256(stdin)= 2d07057d6cb7004cf73b5db13e8ed96c549dbafef0383c1df4e547d7989f7905
     */
    public static final String STRIPE_SECRET = "whsec_handoff_test_vector_secret";
    public static final String STRIPE_BODY = "{\"id\":\"evt_vector_1\",\"object\":\"event\",\"type\":"
            + "\"charge.succeeded\",\"created\":1767225600,\"data\":{\"object\":{\"id\":\"ch_vector_1\",\"object\":"
            + "\"charge\",\"amount\":123456,\"currency\":\"jpy\",\"receipt_email\":\"Vector.Buyer@Example.com\","
            + "\"created\":1767225590}}}";
    public static final String STRIPE_HEX = "2d07057d6cb7004cf73b5db13e8ed96c549dbafef0383c1df4e547d7989f7905";

    /*
     * printf '%s' "1767225600.$GENERIC_BODY" | openssl dgst -sha256 -hmac 'hsec_generic_test_vector_secret'
     * SHA2-256(stdin)= cf397f6f5adf2841b27b10460889df7ba7196ae9e2538e5ff9d73075d729c74a
     */
    public static final String GENERIC_SECRET = "hsec_generic_test_vector_secret";
    public static final String GENERIC_BODY = "{\"id\":\"zap_vector_1\",\"amount\":\"249.90\",\"currency\":\"EUR\","
            + "\"email\":\"vector.buyer@example.com\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}";
    public static final String GENERIC_HEX = "cf397f6f5adf2841b27b10460889df7ba7196ae9e2538e5ff9d73075d729c74a";

    private SignatureVectors() {
    }
}
