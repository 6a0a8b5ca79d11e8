package io.handoff.deals.inbound;

import io.handoff.platform.problem.Problems;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stripe's webhook signature: header {@code Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>…]} where each v1 may be
 * hex(HMAC_SHA256(secret, t + "." + rawBody)); one matching v1 suffices (Stripe sends several while secrets roll).
 */
public final class StripeSignature {

    public static final String HEADER = "Stripe-Signature";

    private StripeSignature() {
    }

    /** Throws a 401 problem unless the header signs this body with this secret, within the tolerance of now. */
    public static void verify(String secret, String header, byte[] body, Instant now, Duration tolerance) {
        if (header == null || header.isBlank()) {
            throw Problems.unauthorized("The " + HEADER + " header is missing.");
        }
        String timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = part.substring(0, eq).strip();
            if (name.equals("t")) {
                timestamp = part.substring(eq + 1).strip();
            } else if (name.equals("v1")) {
                signatures.add(part.substring(eq + 1));
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw Problems.unauthorized("The " + HEADER + " header needs t= and at least one v1=.");
        }
        String expected = Hmac.signTimestamped(secret, timestamp, body);
        if (signatures.stream().noneMatch(given -> Hmac.matches(expected, given))) {
            throw Problems.unauthorized("No v1 signature matches the body.");
        }
        SignedTimestamp.requireFresh(timestamp, now, tolerance);
    }
}
