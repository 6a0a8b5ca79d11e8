package io.handoff.deals.inbound;

import io.handoff.platform.problem.Problems;

import java.time.Duration;
import java.time.Instant;

/**
 * The signature of generic payment posts (Zapier, Make, custom): header {@code X-Handoff-Timestamp: <unix seconds>}
 * and {@code X-Handoff-Signature: sha256=<hex(HMAC_SHA256(secret, timestamp + "." + rawBody))>}; several
 * {@code sha256=} values may be given, separated by commas, and one matching suffices.
 */
public final class HandoffSignature {

    public static final String SIGNATURE_HEADER = "X-Handoff-Signature";
    public static final String TIMESTAMP_HEADER = "X-Handoff-Timestamp";
    private static final String SCHEME = "sha256=";

    private HandoffSignature() {
    }

    /** Throws a 401 problem unless the headers sign this body with this secret, within the tolerance of now. */
    public static void verify(String secret, String signature, String timestamp, byte[] body, Instant now,
                              Duration tolerance) {
        if (signature == null || signature.isBlank() || timestamp == null || timestamp.isBlank()) {
            throw Problems.unauthorized("The " + SIGNATURE_HEADER + " and " + TIMESTAMP_HEADER
                    + " headers are required.");
        }
        String expected = Hmac.signTimestamped(secret, timestamp.strip(), body);
        boolean signed = false;
        for (String given : signature.split(",")) {
            String value = given.strip();
            if (value.startsWith(SCHEME) && Hmac.matches(expected, value.substring(SCHEME.length()))) {
                signed = true;
            }
        }
        if (!signed) {
            throw Problems.unauthorized("No sha256 signature matches the body.");
        }
        SignedTimestamp.requireFresh(timestamp, now, tolerance);
    }
}
